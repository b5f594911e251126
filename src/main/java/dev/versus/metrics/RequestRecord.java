package dev.versus.metrics;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Everything measured about one request (DESIGN §5). Derived metrics are methods, in nanoseconds.
 *
 * @param index the request's position in the run's schedule (global across shards)
 * @param model the model key (e.g. {@code flash}) the request went to
 * @param level the load level label (e.g. {@code c=8} or {@code rate=5.0})
 * @param shard the shard that sent it, 0 for an unsharded run
 * @param timing the clock readings
 * @param tokens server and client token counts
 * @param httpStatus the response status, 0 when no response arrived
 * @param status completed with a finish reason, or failed with an error class
 */
public record RequestRecord(
    long index,
    String model,
    String level,
    int shard,
    Timing timing,
    TokenCounts tokens,
    int httpStatus,
    Status status) {

  public RequestRecord {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(status, "status");
    if (index < 0 || shard < 0) {
      throw new IllegalArgumentException("index and shard must not be negative");
    }
  }

  /** Whether the request completed normally. */
  public boolean ok() {
    return status instanceof Status.Ok;
  }

  /** Time to first output token (content or reasoning) after the actual send. */
  public OptionalLong ttftNanos() {
    return Timing.since(timing.firstOutputNanos(), timing.sendNanos());
  }

  /** Time to first answer (content) token after the actual send. */
  public OptionalLong ttfatNanos() {
    return Timing.since(timing.firstAnswerNanos(), timing.sendNanos());
  }

  /** Time to the response start (first byte) after the actual send. */
  public OptionalLong firstByteNanos() {
    return Timing.since(timing.firstByteNanos(), timing.sendNanos());
  }

  /** Last byte − actual send. */
  public long e2eNanos() {
    return timing.lastByteNanos() - timing.sendNanos();
  }

  /** Last byte − intended send. */
  public long scheduleLatencyNanos() {
    return timing.lastByteNanos() - timing.intendedSendNanos();
  }

  /** Actual send − intended send: how late the client sent (0 in closed loop). */
  public long sendDelayNanos() {
    return timing.sendNanos() - timing.intendedSendNanos();
  }

  /**
   * (E2E − TTFT) / (output tokens − 1), with output tokens from {@link TokenCounts#outputTokens()};
   * empty when no output arrived, fewer than two tokens were generated, or the whole output arrived
   * at one instant (a non-streamed response: there is no time per token to measure).
   */
  public OptionalLong tpotNanos() {
    OptionalLong ttft = ttftNanos();
    int output = tokens.outputTokens();
    if (ttft.isEmpty() || output < 2 || timing.firstOutputNanos() == timing.lastByteNanos()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of((e2eNanos() - ttft.getAsLong()) / (output - 1));
  }
}
