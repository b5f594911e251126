package dev.versus.store;

import dev.versus.core.Usage;
import java.util.Arrays;
import java.util.Objects;

/**
 * One request of a performance run (DESIGN §5), as the bench records it when the request ends.
 *
 * <p>Every time in {@link Timings} is in nanoseconds since the run's time origin: the bench's
 * {@code NanoClock} reading taken when the run (or this shard) started, which corresponds to the
 * wall-clock {@link RunInfo#startedAtMicros()}. Only differences between times of the same run
 * and shard are meaningful. Absent values follow the package conventions ({@code -1}, {@code 0}
 * for no HTTP status, {@code ""}).
 *
 * @param runId the run this request belongs to (must exist)
 * @param shard the shard index that sent it, 0 when not sharded
 * @param seq the request's sequence number within its run and shard (the bench's counter)
 * @param modelKey the model's key in the plan, e.g. {@code flash}
 * @param loadLevel the load point's label, e.g. {@code c=32} or {@code rate=10}
 * @param warmup whether it was sent during warm-up (reports exclude it)
 * @param timings when each step happened, and the inter-token gaps
 * @param tokens server-reported and client-counted token counts
 * @param usageSource which counts the bench used: the server's, the client's, or none
 * @param httpStatus the HTTP status, 0 if no response arrived
 * @param finishReason the wire finish reason, e.g. {@code stop} or {@code length}, or {@code ""}
 * @param errorClass the error class's wire name, e.g. {@code rate_limited}, or {@code ""} on
 *     success (a string so that classes added later need no store change)
 * @param errorMessage the error's message, or {@code ""}
 */
public record RequestRow(
    String runId,
    int shard,
    long seq,
    String modelKey,
    String loadLevel,
    boolean warmup,
    Timings timings,
    Tokens tokens,
    Usage.Source usageSource,
    int httpStatus,
    String finishReason,
    String errorClass,
    String errorMessage) {

  public RequestRow {
    Rows.required(runId, "runId");
    Rows.nonNegative(shard, "shard");
    Rows.nonNegative(seq, "seq");
    Rows.required(modelKey, "modelKey");
    Rows.text(loadLevel, "loadLevel");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(usageSource, "usageSource");
    Rows.httpStatus(httpStatus, "httpStatus");
    Rows.text(finishReason, "finishReason");
    Rows.text(errorClass, "errorClass");
    Rows.text(errorMessage, "errorMessage");
  }

  /** Whether the request failed. */
  public boolean failed() {
    return !errorClass.isEmpty();
  }

  /**
   * When each step of a request happened, in nanoseconds since the run's time origin; {@code -1}
   * where a step did not happen (no intended time in closed loop, no token after a failure).
   *
   * @param intendedSendNanos the scheduled send time (open loop), or {@code -1}
   * @param sentNanos when the request was actually sent
   * @param firstByteNanos when the first response byte arrived
   * @param firstTokenNanos the first event with output (content or reasoning): TTFT's end
   * @param firstAnswerTokenNanos the first content (non-reasoning) event
   * @param lastByteNanos when the response ended: E2E's end
   * @param itlGapsNanos gaps between consecutive output-carrying events, in arrival order (stored
   *     compactly as unsigned LEB128 varints); empty when there were fewer than two
   */
  public record Timings(
      long intendedSendNanos,
      long sentNanos,
      long firstByteNanos,
      long firstTokenNanos,
      long firstAnswerTokenNanos,
      long lastByteNanos,
      long[] itlGapsNanos) {

    public Timings {
      Rows.optional(intendedSendNanos, "intendedSendNanos");
      Rows.nonNegative(sentNanos, "sentNanos");
      Rows.optional(firstByteNanos, "firstByteNanos");
      Rows.optional(firstTokenNanos, "firstTokenNanos");
      Rows.optional(firstAnswerTokenNanos, "firstAnswerTokenNanos");
      Rows.optional(lastByteNanos, "lastByteNanos");
      itlGapsNanos = itlGapsNanos.clone();
      for (long gap : itlGapsNanos) {
        Rows.nonNegative(gap, "itlGapsNanos element");
      }
    }

    /** A copy of the gaps (the record keeps its own). */
    @Override
    public long[] itlGapsNanos() {
      return itlGapsNanos.clone();
    }

    /** How many inter-token gaps there are, without copying them. */
    public int itlGapCount() {
      return itlGapsNanos.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Timings t
          && intendedSendNanos == t.intendedSendNanos
          && sentNanos == t.sentNanos
          && firstByteNanos == t.firstByteNanos
          && firstTokenNanos == t.firstTokenNanos
          && firstAnswerTokenNanos == t.firstAnswerTokenNanos
          && lastByteNanos == t.lastByteNanos
          && Arrays.equals(itlGapsNanos, t.itlGapsNanos);
    }

    @Override
    public int hashCode() {
      return Objects.hash(intendedSendNanos, sentNanos, firstByteNanos, firstTokenNanos,
          firstAnswerTokenNanos, lastByteNanos, Arrays.hashCode(itlGapsNanos));
    }

    @Override
    public String toString() {
      return "Timings[intended=" + intendedSendNanos + ", sent=" + sentNanos + ", firstByte="
          + firstByteNanos + ", firstToken=" + firstTokenNanos + ", firstAnswerToken="
          + firstAnswerTokenNanos + ", lastByte=" + lastByteNanos + ", itlGaps="
          + itlGapsNanos.length + "]";
    }

    long[] gapsView() {
      return itlGapsNanos;
    }
  }

  /**
   * Token counts of one request, {@code -1} where unknown. Both the server's and the client
   * tokenizer's counts are kept so that reports can show their discrepancy.
   *
   * @param promptServer prompt tokens reported by the server
   * @param outputServer output tokens reported by the server, reasoning included
   * @param reasoningServer the reasoning part of {@code outputServer}
   * @param promptClient prompt tokens counted by the client's tokenizer
   * @param outputClient output tokens counted by the client's tokenizer
   */
  public record Tokens(
      int promptServer, int outputServer, int reasoningServer, int promptClient,
      int outputClient) {

    private static final Tokens UNKNOWN = new Tokens(-1, -1, -1, -1, -1);

    public Tokens {
      Rows.optional(promptServer, "promptServer");
      Rows.optional(outputServer, "outputServer");
      Rows.optional(reasoningServer, "reasoningServer");
      Rows.optional(promptClient, "promptClient");
      Rows.optional(outputClient, "outputClient");
    }

    /** No counts at all. */
    public static Tokens unknown() {
      return UNKNOWN;
    }
  }
}
