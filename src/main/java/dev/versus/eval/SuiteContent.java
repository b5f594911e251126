package dev.versus.eval;

import java.util.List;
import java.util.stream.Stream;

/**
 * The content of every built-in suite by name, as {@link GeneratedCase}s: the hand-written JSONL
 * resources and the two generated suites (the engine's suite registry adapts them).
 *
 * <p>{@code seed} matters only to {@code math-matrices} and {@code long-context};
 * {@code contextWindowTokens} (the model's window, in tokens) only to {@code long-context}.
 */
public final class SuiteContent {

  /** All names, resource suites first. */
  public static final List<String> NAMES = Stream.concat(SuiteResources.NAMES.stream(),
      Stream.of(MatrixSuiteGenerator.SUITE, LongContextSuiteGenerator.SUITE)).toList();
  /** Window used when the caller does not know the model's: 131,072 tokens. */
  public static final int DEFAULT_CONTEXT_WINDOW_TOKENS = 131_072;

  private SuiteContent() {}

  /** The cases of a suite with the shipped seed and the default window. */
  public static Stream<GeneratedCase> cases(String name) {
    return cases(name, MatrixSuiteGenerator.DEFAULT_SEED, DEFAULT_CONTEXT_WINDOW_TOKENS);
  }

  /** The cases of a suite; lazy for {@code long-context}, whose prompts can total millions of characters. */
  public static Stream<GeneratedCase> cases(String name, long seed, int contextWindowTokens) {
    return switch (name) {
      case MatrixSuiteGenerator.SUITE ->
          MatrixSuiteGenerator.create(seed, MatrixSuiteGenerator.DEFAULT_CASES_PER_OPERATION).cases().stream();
      case LongContextSuiteGenerator.SUITE -> LongContextSuiteGenerator.create(seed, contextWindowTokens).cases();
      default -> {
        if (!SuiteResources.NAMES.contains(name)) {
          throw new IllegalArgumentException("unknown built-in suite '" + name + "'; expected one of " + NAMES);
        }
        yield SuiteResources.cases(name).stream();
      }
    };
  }
}
