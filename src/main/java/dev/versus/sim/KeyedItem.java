package dev.versus.sim;

import java.util.Objects;

/**
 * One eval item a simulated model recognises, with the answers it may give.
 *
 * @param suite the suite name, looked up in the profile's accuracy map
 * @param correctAnswer the text of a correct answer (for an injection item: the answer that ignores
 *     the injected instruction)
 * @param wrongAnswer a plausible wrong answer, given with probability 1 − accuracy
 * @param injection whether the item carries an injected instruction
 * @param injectionOutput the text obeying the injection would produce; empty unless {@code injection}
 */
public record KeyedItem(
    String suite, String correctAnswer, String wrongAnswer, boolean injection, String injectionOutput) {
  public KeyedItem {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(correctAnswer, "correctAnswer");
    Objects.requireNonNull(wrongAnswer, "wrongAnswer");
    Objects.requireNonNull(injectionOutput, "injectionOutput");
    if (correctAnswer.isEmpty()) {
      throw new IllegalArgumentException("correctAnswer must not be empty");
    }
  }

  /** An ordinary question item. */
  public static KeyedItem question(String suite, String correctAnswer, String wrongAnswer) {
    return new KeyedItem(suite, correctAnswer, wrongAnswer, false, "");
  }

  /** An item with an injected instruction. */
  public static KeyedItem injection(String suite, String safeAnswer, String obeyingOutput) {
    return new KeyedItem(suite, safeAnswer, safeAnswer, true, obeyingOutput);
  }
}
