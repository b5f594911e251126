package dev.versus.eval;

/**
 * An LLM judge for the {@code llm-judge} scorer: grades a response against the case's rubric
 * (option {@code rubric}) and expected answers. Plugged in with {@link Scorers#withJudge}; this
 * package ships no implementation because it needs model calls.
 */
@FunctionalInterface
public interface Judge {
  /** The judge's grade; a failed judge call is a score of 0 whose reason says so, not a throw. */
  Score judge(String response, EvalCase evalCase);
}
