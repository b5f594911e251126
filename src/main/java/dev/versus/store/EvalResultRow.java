package dev.versus.store;

/**
 * One scored answer of an eval run (DESIGN §6): one case, one model, one repeat.
 *
 * @param runId the run (must exist)
 * @param suite the suite's name, e.g. {@code nlu-es}
 * @param caseId the case's id within the suite
 * @param modelKey the model's key in the plan
 * @param repeat the repeat index, from 0
 * @param scorer the scorer's registered name, e.g. {@code exact}
 * @param prompt the prompt as sent (text or the messages as JSON)
 * @param expected the expected answer, or {@code ""}
 * @param response the model's response, or {@code ""} when the call failed
 * @param extractedAnswer the answer extracted from the response, or {@code ""} when none was
 * @param score the score, a finite number (0..1 for most scorers)
 * @param passed whether the score meets the case's threshold
 * @param detailsJson the scorer's details as JSON (e.g. per-element errors), or {@code ""}
 * @param latencyNanos the call's end-to-end latency, or {@code -1} when cached or unknown
 *     (latency is never taken from a cached response)
 * @param promptTokens prompt tokens, or {@code -1}
 * @param outputTokens output tokens (reasoning included), or {@code -1}
 * @param costUsd the call's cost in US dollars, or {@code NaN} when no price is known
 * @param cached whether the response came from the response cache
 * @param errorClass the failure's class wire name, or {@code ""}
 * @param errorMessage the failure's message, or {@code ""}
 */
public record EvalResultRow(
    String runId,
    String suite,
    String caseId,
    String modelKey,
    int repeat,
    String scorer,
    String prompt,
    String expected,
    String response,
    String extractedAnswer,
    double score,
    boolean passed,
    String detailsJson,
    long latencyNanos,
    int promptTokens,
    int outputTokens,
    double costUsd,
    boolean cached,
    String errorClass,
    String errorMessage) {

  public EvalResultRow {
    Rows.required(runId, "runId");
    Rows.required(suite, "suite");
    Rows.required(caseId, "caseId");
    Rows.required(modelKey, "modelKey");
    Rows.nonNegative(repeat, "repeat");
    Rows.required(scorer, "scorer");
    Rows.text(prompt, "prompt");
    Rows.text(expected, "expected");
    Rows.text(response, "response");
    Rows.text(extractedAnswer, "extractedAnswer");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be finite, got " + score);
    }
    Rows.text(detailsJson, "detailsJson");
    Rows.optional(latencyNanos, "latencyNanos");
    Rows.optional(promptTokens, "promptTokens");
    Rows.optional(outputTokens, "outputTokens");
    Rows.amount(costUsd, "costUsd");
    Rows.text(errorClass, "errorClass");
    Rows.text(errorMessage, "errorMessage");
  }
}
