package dev.versus.eval;

/**
 * Scores one model response against a case. Implementations never throw on model output: an empty,
 * garbage or unparseable response is a {@link Score} of 0 with a reason. Bad case options (a
 * malformed regex, a missing canary) raise {@link EvalException}. Implementations are stateless and
 * thread-safe.
 */
@FunctionalInterface
public interface Scorer {
  /** Scores {@code response} (never null; may be empty) against {@code evalCase}. */
  Score score(String response, EvalCase evalCase);

  /**
   * Checks the case's expected answers and options once, when a suite is loaded, so that a bad
   * suite fails before any model is called.
   *
   * @throws EvalException saying which option or expected value is wrong and what was expected
   */
  default void validate(EvalCase evalCase) {}
}
