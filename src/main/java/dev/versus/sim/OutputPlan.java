package dev.versus.sim;

import dev.versus.core.FinishReason;
import java.util.Objects;

/**
 * What one accepted request will produce, decided up front from (seed, prompt): the token counts,
 * how it ends, the text source, and any injected stall or cut.
 *
 * @param promptTokens exact prompt tokens
 * @param maxTokens the effective output limit (requested or the profile's default)
 * @param reasoningTokens thinking tokens, emitted first
 * @param contentTokens answer tokens, emitted after the reasoning
 * @param finish how the generation ends when it runs to completion
 * @param vocabulary the language of the filler text
 * @param textSeed seed of the filler text
 * @param answer the keyed answer text that opens the content, empty for pure filler
 * @param stallAtToken output tokens emitted before the stall, 0 for none
 * @param stallNanos how long the stall lasts
 * @param cutAtToken output tokens emitted before the stream is cut, 0 for none
 */
record OutputPlan(
    int promptTokens,
    int maxTokens,
    int reasoningTokens,
    int contentTokens,
    FinishReason finish,
    Vocabulary vocabulary,
    long textSeed,
    String answer,
    int stallAtToken,
    long stallNanos,
    int cutAtToken) {
  OutputPlan {
    Objects.requireNonNull(finish, "finish");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(answer, "answer");
    if (reasoningTokens + contentTokens < 1) {
      throw new IllegalArgumentException("a generation emits at least one token");
    }
  }

  /** Every output token, reasoning included. */
  int outputTokens() {
    return reasoningTokens + contentTokens;
  }

  /** KV-cache tokens reserved on admission: prompt plus the output limit. */
  long kvReservation() {
    return (long) promptTokens + maxTokens;
  }

  OutputPlan withFaults(int stallAt, long stallFor, int cutAt) {
    return new OutputPlan(
        promptTokens, maxTokens, reasoningTokens, contentTokens, finish, vocabulary, textSeed,
        answer, stallAt, stallFor, cutAt);
  }
}
