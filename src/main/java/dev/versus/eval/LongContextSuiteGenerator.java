package dev.versus.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates the {@code long-context} suite: a needle ("the access code for the north archive is
 * 4417-2093") at depths 0, 25, 50, 75 and 100% of seeded filler haystacks of growing length, up to the
 * model's context window, in English and Spanish; scorer {@code contains} on the code.
 *
 * <p>Lengths are cl100k_base tokens of the haystack alone; a haystack is included when its length
 * plus {@value #PROMPT_RESERVE_TOKENS} tokens (prompt frame and answer) fits the window, and one more
 * haystack of exactly the window minus the reserve is added when the ladder stops short of it.
 *
 * <p><b>Chunked variant.</b> Every haystack longer than {@code chunkTokens} is also split client-side
 * at sentence boundaries into {@code n} chunks of at most {@code chunkTokens}. Each chunk is a
 * {@code role:map} case (tags {@code variant:chunked}, {@code group:<direct case id>},
 * {@code chunk:i}, {@code of:n}; expected the code for the chunk holding the needle, else
 * {@code NONE}), followed by one {@code role:aggregate} case whose prompt contains
 * {@link #CHUNK_ANSWERS}: the engine replaces it with the model's map answers, one line per chunk
 * ({@code "Excerpt 3: NONE"}), in chunk order, before sending it. The group's score is the
 * aggregate's. Direct cases carry {@code variant:direct} and {@code group:<own id>}.
 *
 * <p>Cases are produced lazily: a 1M-token window means tens of millions of characters in total.
 */
public final class LongContextSuiteGenerator {

  /** Placeholder in aggregate prompts, replaced by the engine with the map answers, one per line. */
  public static final String CHUNK_ANSWERS = "{{chunk_answers}}";
  /** Haystack lengths tried, in cl100k_base tokens, before the window cut-off. */
  public static final List<Integer> LENGTH_LADDER =
      List.of(1_000, 4_000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 1_000_000);
  /** Needle depths, in percent of the haystack. */
  public static final List<Integer> DEPTHS_PERCENT = List.of(0, 25, 50, 75, 100);
  /** Tokens kept free in the window for the prompt frame and the answer. */
  public static final int PROMPT_RESERVE_TOKENS = 256;
  /** Default chunk size of the chunked variant, in tokens. */
  public static final int DEFAULT_CHUNK_TOKENS = 8_000;

  static final String SUITE = "long-context";
  private static final List<String> LANGS = List.of("en", "es");

  private final long seed;
  private final int windowTokens;
  private final int chunkTokens;
  private final List<Integer> depths;
  private final List<String> langs;
  private final List<Integer> only;

  private LongContextSuiteGenerator(long seed, int windowTokens, int chunkTokens) {
    this(seed, windowTokens, chunkTokens, DEPTHS_PERCENT, LANGS, List.of());
  }

  private LongContextSuiteGenerator(long seed, int windowTokens, int chunkTokens, List<Integer> depths,
      List<String> langs, List<Integer> only) {
    if (windowTokens < 1_000 + PROMPT_RESERVE_TOKENS) {
      throw new IllegalArgumentException("windowTokens must be at least " + (1_000 + PROMPT_RESERVE_TOKENS)
          + ", got " + windowTokens);
    }
    if (chunkTokens < 500) {
      throw new IllegalArgumentException("chunkTokens must be at least 500, got " + chunkTokens);
    }
    if (depths.isEmpty() || depths.stream().anyMatch(d -> d < 0 || d > 100)) {
      throw new IllegalArgumentException("depths must be a non-empty list of percentages 0..100, got " + depths);
    }
    if (langs.isEmpty() || !LANGS.containsAll(langs)) {
      throw new IllegalArgumentException("languages must be a non-empty subset of " + LANGS + ", got " + langs);
    }
    this.seed = seed;
    this.windowTokens = windowTokens;
    this.chunkTokens = chunkTokens;
    this.depths = List.copyOf(depths);
    this.langs = List.copyOf(langs);
    this.only = List.copyOf(only);
  }

  /** A copy that places the needle only at these depths (percent), to cut the cost of a run. */
  public LongContextSuiteGenerator withDepths(List<Integer> depthsPercent) {
    return new LongContextSuiteGenerator(seed, windowTokens, chunkTokens, depthsPercent, langs, only);
  }

  /** A copy with haystacks in these languages only ({@code en}, {@code es}). */
  public LongContextSuiteGenerator withLanguages(List<String> languages) {
    return new LongContextSuiteGenerator(seed, windowTokens, chunkTokens, depths, languages, only);
  }

  /**
   * A copy that keeps only these of its haystack lengths (tokens), to cut the cost of a run; an
   * empty list keeps them all.
   */
  public LongContextSuiteGenerator withLengths(List<Integer> lengthsTokens) {
    return new LongContextSuiteGenerator(seed, windowTokens, chunkTokens, depths, langs,
        lengthsTokens);
  }

  /** A suite for a model whose context window is {@code windowTokens}, chunks of {@link #DEFAULT_CHUNK_TOKENS}. */
  public static LongContextSuiteGenerator create(long seed, int windowTokens) {
    return new LongContextSuiteGenerator(seed, windowTokens, DEFAULT_CHUNK_TOKENS);
  }

  /** A suite with an explicit chunk size for the chunked variant, in tokens. */
  public static LongContextSuiteGenerator create(long seed, int windowTokens, int chunkTokens) {
    return new LongContextSuiteGenerator(seed, windowTokens, chunkTokens);
  }

  /** Haystack lengths of this suite, in tokens, ascending. */
  public List<Integer> haystackLengths() {
    int limit = windowTokens - PROMPT_RESERVE_TOKENS;
    List<Integer> lengths = new ArrayList<>(LENGTH_LADDER.stream().filter(l -> l <= limit).toList());
    if (limit > lengths.getLast() * 1.1) {
      lengths.add(limit);
    }
    if (!only.isEmpty()) {
      lengths.retainAll(only);
      if (lengths.isEmpty()) {
        throw new IllegalArgumentException("none of the haystack lengths " + only
            + " is on the ladder " + LENGTH_LADDER + " within a window of " + windowTokens);
      }
    }
    return List.copyOf(lengths);
  }

  /** All cases, lazily: per length, depth and language the direct case, then its chunked group if any. */
  public Stream<GeneratedCase> cases() {
    return haystackLengths().stream()
        .flatMap(length -> depths.stream()
            .flatMap(depth -> langs.stream().flatMap(lang -> casesFor(lang, length, depth).stream())));
  }

  /** The direct case and its chunked group for one haystack. */
  List<GeneratedCase> casesFor(String lang, int length, int depth) {
    String groupId = String.format(Locale.ROOT, "%s-%s-%07d-d%03d", SUITE, lang, length, depth);
    SplittableRandom random = new SplittableRandom(seed ^ (groupId.hashCode() * 0x9E3779B97F4A7C15L));
    String code = random.nextInt(1000, 10_000) + "-" + random.nextInt(1000, 10_000);
    Haystack haystack = haystack(lang, length, depth, code, random.nextLong());
    List<GeneratedCase> out = new ArrayList<>();
    String tokensTag = "tokens:" + length;
    String depthTag = "depth:" + depth;
    out.add(newCase(groupId, LongContextPrompts.direct(lang, haystack.text()), code, lang,
        List.of("variant:direct", "group:" + groupId, tokensTag, depthTag)));
    if (length > chunkTokens) {
      List<String> chunks = haystack.chunks(chunkTokens);
      int n = chunks.size();
      IntStream.range(0, n).forEach(i -> {
        String excerpt = chunks.get(i);
        out.add(newCase(String.format(Locale.ROOT, "%s-c%03dof%03d", groupId, i + 1, n),
            LongContextPrompts.chunk(lang, excerpt, i + 1, n),
            excerpt.contains(code) ? code : LongContextPrompts.NONE, lang,
            List.of("variant:chunked", "role:map", "group:" + groupId, "chunk:" + (i + 1), "of:" + n,
                tokensTag, depthTag)));
      });
      out.add(newCase(groupId + "-agg", LongContextPrompts.aggregate(lang, n), code, lang,
          List.of("variant:chunked", "role:aggregate", "group:" + groupId, "of:" + n, tokensTag, depthTag)));
    }
    return out;
  }

  /**
   * The key for a long-context prompt (direct, map or aggregate with the answers pasted in), read from
   * the needle in the prompt itself; empty when the prompt is not one of this suite's.
   */
  public static Optional<AnswerEntry> answerFor(String userPrompt) {
    return LongContextAnswers.answer(userPrompt);
  }

  static Haystack haystack(String lang, int length, int depth, String code, long fillerSeed) {
    return Haystack.build(new FillerText(lang, fillerSeed), length, depth, LongContextPrompts.needle(lang, code));
  }

  private static GeneratedCase newCase(String id, String prompt, String expected, String lang, List<String> tags) {
    ObjectNode options = JsonNodeFactory.instance.objectNode();
    return new GeneratedCase(id, "", prompt, JsonNodeFactory.instance.textNode(expected), "contains", options,
        lang, tags);
  }
}
