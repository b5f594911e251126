package dev.versus.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The suites shipped in the jar, by name: JSONL resources at {@code /suites/NAME.jsonl} (format of
 * {@link SuiteReader}) and generated suites registered with {@link #withGenerated}. Resource names
 * are those listed in {@code /suites/index.txt} (one per line) plus the names of {@link
 * #KNOWN_RESOURCES} that exist. Immutable and thread-safe.
 */
public final class BuiltinSuites {
  /** The resource suites DESIGN §6 names; those present on the classpath are offered. */
  public static final List<String> KNOWN_RESOURCES =
      List.of("math-es", "nlu-es", "consistency", "injection");

  private final Scorers scorers;
  private final Map<String, Supplier<Suite>> generated;

  private BuiltinSuites(Scorers scorers, Map<String, Supplier<Suite>> generated) {
    this.scorers = scorers;
    this.generated = Collections.unmodifiableMap(new LinkedHashMap<>(generated));
  }

  /** The resource suites, checked against {@code scorers}; no generated suites yet. */
  public static BuiltinSuites create(Scorers scorers) {
    return new BuiltinSuites(scorers, Map.of());
  }

  /**
   * Every built-in suite: the resources plus the generated {@code math-matrices} (the shipped
   * seed, so the simulator's keys match) and {@code long-context} (haystacks up to {@code
   * contextWindowTokens}, generated lazily when the suite is loaded).
   */
  public static BuiltinSuites standard(Scorers scorers, int contextWindowTokens) {
    return create(scorers)
        .withGenerated(MatrixSuiteGenerator.SUITE, () -> generated(scorers,
            MatrixSuiteGenerator.SUITE, "4x4 matrix products, determinants and inverses",
            SuiteContent.cases(MatrixSuiteGenerator.SUITE)))
        .withGenerated(LongContextSuiteGenerator.SUITE, () -> generated(scorers,
            LongContextSuiteGenerator.SUITE, "needle retrieval up to " + contextWindowTokens
                + " tokens, direct and chunked",
            SuiteContent.cases(LongContextSuiteGenerator.SUITE, MatrixSuiteGenerator.DEFAULT_SEED,
                contextWindowTokens)));
  }

  /** Reads generated cases through the suite file format, so they are checked like any file. */
  static Suite generated(Scorers scorers, String name, String description,
      java.util.stream.Stream<GeneratedCase> cases) {
    StringBuilder jsonl = new StringBuilder();
    cases.forEach(c -> jsonl.append(c.toJsonLine()).append('\n'));
    return SuiteReader.create(scorers).readJsonl(name, description, "generated suite " + name,
        new java.io.StringReader(jsonl.toString()), "", "en");
  }

  /** A copy where {@code name} is produced by {@code factory} (e.g. math-matrices, long-context). */
  public BuiltinSuites withGenerated(String name, Supplier<Suite> factory) {
    Map<String, Supplier<Suite>> copy = new LinkedHashMap<>(generated);
    copy.put(name, factory);
    return new BuiltinSuites(scorers, copy);
  }

  /** Every suite name available: generated ones and resources present on the classpath. */
  public SortedSet<String> names() {
    SortedSet<String> out = new TreeSet<>(generated.keySet());
    for (String n : KNOWN_RESOURCES) {
      if (resourceExists(n)) {
        out.add(n);
      }
    }
    out.addAll(indexedNames());
    return Collections.unmodifiableSortedSet(out);
  }

  public Optional<Suite> find(String name) {
    Supplier<Suite> factory = generated.get(name);
    if (factory != null) {
      return Optional.of(factory.get());
    }
    String resource = "/suites/" + name + ".jsonl";
    if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
      return Optional.empty();
    }
    InputStream in = BuiltinSuites.class.getResourceAsStream(resource);
    if (in == null) {
      return Optional.empty();
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return Optional.of(SuiteReader.create(scorers).readJsonl(name, "built-in suite " + name,
          "classpath:" + resource, r, "", "en"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The suite called {@code name}.
   *
   * @throws EvalException listing the available suites when there is none by that name
   */
  public Suite load(String name) {
    return find(name).orElseThrow(() -> new EvalException("unknown built-in suite '" + name
        + "', expected one of " + String.join(", ", names())));
  }

  private static boolean resourceExists(String name) {
    return BuiltinSuites.class.getResource("/suites/" + name + ".jsonl") != null;
  }

  private static List<String> indexedNames() {
    InputStream in = BuiltinSuites.class.getResourceAsStream("/suites/index.txt");
    if (in == null) {
      return List.of();
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(s -> !s.isEmpty() && !s.startsWith("#") && resourceExists(s))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
