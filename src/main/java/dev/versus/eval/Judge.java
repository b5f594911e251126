package dev.versus.eval;

/**
 * An LLM judge for the {@code llm-judge} scorer: grades a response against the case's rubric
 * (option {@code rubric}) and expected answers. Plugged in with {@link Scorers#withJudge}; {@link
 * JudgePanel} is the implementation that asks a judge model.
 */
@FunctionalInterface
public interface Judge {
  /**
   * The judge's grade. A failed judge call or an unusable reply is a {@link Score#error} (class
   * {@code judge_error}) whose reason says why, never a throw and never a silent 0.
   */
  Score judge(String response, EvalCase evalCase);

  /**
   * Checks a case's judge options when its suite is loaded.
   *
   * @throws EvalException saying which option is wrong and what was expected
   */
  default void validate(EvalCase evalCase) {}
}
