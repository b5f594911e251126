package dev.versus.eval;

import dev.versus.core.Usage;
import java.util.Objects;

/**
 * The outcome of one case for one model and one repeat: what was sent and received, its score,
 * and what the call cost. A call that failed after its retries is scored 0 with the error as the
 * reason, and counts against the model's score (an answer that never came is not a right answer).
 *
 * @param modelKey the model reference as given, e.g. {@code sim:llama-4-maverick}
 * @param repeat the repeat index, from 0
 * @param prompt the messages as sent, as text ({@code role: content} blocks)
 * @param expected the expected answers joined by {@code " | "}, or {@code ""}
 * @param response the answer text, {@code ""} when the call failed before any
 * @param latencyNanos end-to-end latency of the last attempt, or -1 when cached or failed
 * @param usage token usage as reported (cached results keep the original usage)
 * @param costUsd the call's cost in US dollars, NaN when the model's price or usage is unknown
 * @param cached whether the answer came from the response cache (no call was made)
 * @param attempts calls made, 0 when cached
 * @param errorClass the failure's class wire name, or {@code ""} on success
 * @param errorMessage the failure's message, or {@code ""}
 */
public record CaseResult(
    String suite,
    String caseId,
    String modelKey,
    int repeat,
    String scorer,
    String prompt,
    String expected,
    String response,
    Score score,
    long latencyNanos,
    Usage usage,
    double costUsd,
    boolean cached,
    int attempts,
    String errorClass,
    String errorMessage) {

  public CaseResult {
    for (String field : new String[] {suite, caseId, modelKey, scorer, prompt, expected, response,
        errorClass, errorMessage}) {
      Objects.requireNonNull(field, "CaseResult text fields must not be null");
    }
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(usage, "usage");
    if (repeat < 0 || attempts < 0) {
      throw new IllegalArgumentException("repeat and attempts must not be negative");
    }
  }

  /** Whether the model call failed (after retries). */
  public boolean failed() {
    return !errorClass.isEmpty();
  }
}
