package dev.versus.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The scorer registry: scorers by name. {@link #standard()} holds every scorer that needs no model;
 * {@link #withEmbedder} adds {@code similar} and {@link #withJudge} adds {@code llm-judge}.
 * Immutable and thread-safe; the {@code with} methods return new registries.
 */
public final class Scorers {
  private final Map<String, Function<Scorers, Scorer>> factories;
  /** Scorers made so far: they are stateless, so one instance per name serves every case. */
  private final Map<String, Scorer> made = new ConcurrentHashMap<>();

  private Scorers(Map<String, Function<Scorers, Scorer>> factories) {
    this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories));
  }

  /**
   * The built-in scorers: exact, normalized, contains, icontains, not-contains, not-icontains,
   * regex, number, matrix, token-f1, squad-em, label, json, contains-json, is-json, json-schema,
   * canary, injection, all-of.
   */
  public static Scorers standard() {
    Map<String, Function<Scorers, Scorer>> f = new LinkedHashMap<>();
    f.put("exact", r -> new ExactScorer(false));
    f.put("normalized", r -> new ExactScorer(true));
    f.put("contains", r -> new ContainsScorer(false, false));
    f.put("icontains", r -> new ContainsScorer(true, false));
    f.put("not-contains", r -> new ContainsScorer(false, true));
    f.put("not-icontains", r -> new ContainsScorer(true, true));
    f.put("regex", r -> new RegexScorer());
    f.put("number", r -> new NumberScorer());
    f.put("matrix", r -> new MatrixScorer());
    f.put("token-f1", r -> new TokenF1Scorer(false));
    f.put("squad-em", r -> new TokenF1Scorer(true));
    f.put("label", r -> new LabelScorer());
    f.put("json", r -> new JsonScorer(false, false));
    f.put("contains-json", r -> new JsonScorer(false, false));
    f.put("is-json", r -> new JsonScorer(true, false));
    f.put("json-schema", r -> new JsonScorer(false, true));
    f.put("canary", r -> new CanaryScorer());
    f.put("injection", r -> new InjectionScorer());
    f.put("all-of", AllOfScorer::new);
    return new Scorers(f);
  }

  /** A copy with {@code scorer} registered under {@code name} (replacing any existing one). */
  public Scorers with(String name, Scorer scorer) {
    Map<String, Function<Scorers, Scorer>> copy = new LinkedHashMap<>(factories);
    copy.put(name, r -> scorer);
    return new Scorers(copy);
  }

  /** A copy with the {@code similar} scorer backed by {@code embedder}. */
  public Scorers withEmbedder(TextEmbedder embedder) {
    return with("similar", new SimilarityScorer(embedder));
  }

  /** A copy with the {@code llm-judge} scorer backed by {@code judge}. */
  public Scorers withJudge(Judge judge) {
    return with(ModelJudge.SCORER, new Scorer() {
      @Override
      public Score score(String response, EvalCase evalCase) {
        return judge.judge(response, evalCase);
      }

      @Override
      public void validate(EvalCase evalCase) {
        judge.validate(evalCase);
      }
    });
  }

  public Optional<Scorer> find(String name) {
    Scorer scorer = made.get(name);
    if (scorer != null) {
      return Optional.of(scorer);
    }
    Function<Scorers, Scorer> f = factories.get(name);
    if (f == null) {
      return Optional.empty();
    }
    // not computeIfAbsent: a factory (all-of) may look up other scorers while it runs
    scorer = f.apply(this);
    Scorer first = made.putIfAbsent(name, scorer);
    return Optional.of(first == null ? scorer : first);
  }

  /**
   * The scorer called {@code name}.
   *
   * @throws EvalException listing the known scorers when there is none by that name
   */
  public Scorer require(String name) {
    return find(name).orElseThrow(() -> new EvalException(unknown(name)));
  }

  /** The message for an unknown scorer name, listing the known ones. */
  public String unknown(String name) {
    StringBuilder sb = new StringBuilder("unknown scorer '" + name + "', expected one of "
        + String.join(", ", names()));
    if (name.equals("similar") || name.equals("llm-judge")) {
      sb.append(" ('").append(name).append("' needs ")
          .append(name.equals("similar") ? "an embedding model" : "a judge model")
          .append(" configured)");
    }
    return sb.toString();
  }

  public SortedSet<String> names() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(factories.keySet()));
  }

  /** Scores {@code response} with the case's own scorer. */
  public Score score(String response, EvalCase evalCase) {
    return require(evalCase.scorer()).score(response, evalCase);
  }
}
