package dev.versus.gateway;

import java.util.Objects;

/**
 * One logged request replayed on the candidate: both responses, the candidate's score against
 * the logged one, and both sides' latency and cost.
 *
 * @param requestId the logged request id
 * @param backend the backend that served it in production
 * @param prompt the prompt as logged
 * @param loggedResponse the production response
 * @param candidateResponse the candidate's response (partial or empty when its call failed)
 * @param tokenF1 token F1 of the candidate response against the logged one, 0..1
 * @param exactMatch whether the normalised responses are equal
 * @param agreed whether {@code tokenF1} reached the agreement threshold (and the call succeeded)
 * @param similarity embedding cosine similarity to the logged response (0..1), {@code NaN} when
 *     no embedding model was configured
 * @param loggedTtftNanos production time to first token, or -1
 * @param loggedLatencyNanos production end-to-end latency, or -1
 * @param candidateTtftNanos candidate time to first output, or -1 when none arrived
 * @param candidateLatencyNanos candidate end-to-end latency
 * @param loggedCostUsd production cost, {@code NaN} when it was not logged
 * @param candidatePromptTokens candidate prompt tokens, or -1
 * @param candidateOutputTokens candidate output tokens, or -1
 * @param candidateCostUsd candidate cost at the given price, {@code NaN} when unpriced
 * @param errorClass the candidate call's failure class wire name, or {@code ""}
 * @param errorMessage the candidate call's failure message, or {@code ""}
 * @param judgement the judge model's grade, {@link ReplayJudgement#none()} without a judge
 */
public record ReplayCase(
    String requestId,
    String backend,
    String prompt,
    String loggedResponse,
    String candidateResponse,
    double tokenF1,
    boolean exactMatch,
    boolean agreed,
    double similarity,
    long loggedTtftNanos,
    long loggedLatencyNanos,
    long candidateTtftNanos,
    long candidateLatencyNanos,
    double loggedCostUsd,
    int candidatePromptTokens,
    int candidateOutputTokens,
    double candidateCostUsd,
    String errorClass,
    String errorMessage,
    ReplayJudgement judgement) {

  public ReplayCase {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(loggedResponse, "loggedResponse");
    Objects.requireNonNull(candidateResponse, "candidateResponse");
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(judgement, "judgement");
    if (!(tokenF1 >= 0 && tokenF1 <= 1)) {
      throw new IllegalArgumentException("tokenF1 must be in 0..1, got " + tokenF1);
    }
  }

  /** Whether the candidate call failed. */
  public boolean failed() {
    return !errorClass.isEmpty();
  }
}
