package dev.versus.store;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One request through the gateway (DESIGN §8). The gateway writes it through its spool, so the
 * store inserts it idempotently by {@code requestId}.
 *
 * @param requestId unique id of the request (the spool's replay key)
 * @param timeMicros when the request arrived, microseconds since the Unix epoch (UTC)
 * @param apiKeyHash a hash of the caller's API key as lower-case hex (e.g. SHA-256), or {@code ""}
 *     for an anonymous caller; never the key itself (anything but hex is rejected)
 * @param route the route that handled it
 * @param requestedModel the model name the client asked for, or {@code ""}
 * @param backend the backend that served it, or {@code ""} when none did (blocked, no capacity)
 * @param decisionReason why the route chose that backend (e.g. {@code ab:bucket=37}), or {@code ""}
 * @param guardJson the guard's verdicts as JSON, or {@code ""} when the guard did not run
 * @param streamed whether the client asked for a stream
 * @param promptTokens prompt tokens, or {@code -1}
 * @param outputTokens output tokens (reasoning included), or {@code -1}
 * @param reasoningTokens the reasoning part of {@code outputTokens}, or {@code -1}
 * @param costUsd the cost in US dollars, or {@code NaN} when unknown
 * @param ttftNanos time to first token as the client saw it, or {@code -1}
 * @param latencyNanos end-to-end latency, or {@code -1}
 * @param httpStatus the status returned to the client, 0 when the client went away first
 * @param errorClass the failure's class wire name, or {@code ""}
 * @param errorMessage the failure's message, or {@code ""}
 * @param redacted whether {@code prompt} and {@code response} were redacted before logging
 * @param prompt the prompt as logged (the gateway picks the form, e.g. the messages as JSON), or
 *     {@code ""} when content logging is off
 * @param response the response as logged, or {@code ""} when off or none
 */
public record GatewayLogRow(
    String requestId,
    long timeMicros,
    String apiKeyHash,
    String route,
    String requestedModel,
    String backend,
    String decisionReason,
    String guardJson,
    boolean streamed,
    int promptTokens,
    int outputTokens,
    int reasoningTokens,
    double costUsd,
    long ttftNanos,
    long latencyNanos,
    int httpStatus,
    String errorClass,
    String errorMessage,
    boolean redacted,
    String prompt,
    String response) {

  private static final Pattern HEX = Pattern.compile("([0-9a-f]{16,128})?");

  public GatewayLogRow {
    Rows.required(requestId, "requestId");
    Rows.text(apiKeyHash, "apiKeyHash");
    if (!HEX.matcher(apiKeyHash).matches()) {
      throw new IllegalArgumentException(
          "apiKeyHash must be a lower-case hex hash of 16..128 digits (never the key itself)");
    }
    Rows.required(route, "route");
    Rows.text(requestedModel, "requestedModel");
    Rows.text(backend, "backend");
    Rows.text(decisionReason, "decisionReason");
    Rows.text(guardJson, "guardJson");
    Rows.optional(promptTokens, "promptTokens");
    Rows.optional(outputTokens, "outputTokens");
    Rows.optional(reasoningTokens, "reasoningTokens");
    Rows.amount(costUsd, "costUsd");
    Rows.optional(ttftNanos, "ttftNanos");
    Rows.optional(latencyNanos, "latencyNanos");
    Rows.httpStatus(httpStatus, "httpStatus");
    Rows.text(errorClass, "errorClass");
    Rows.text(errorMessage, "errorMessage");
    Rows.text(prompt, "prompt");
    Rows.text(response, "response");
  }

  /** When the request arrived (microsecond precision). */
  public Instant time() {
    return Rows.instantOfMicros(timeMicros);
  }
}
