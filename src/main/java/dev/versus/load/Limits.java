package dev.versus.load;

import java.time.Duration;
import java.util.Objects;

/**
 * When a run stops and which part of it is measured. Sending runs for {@code warmup + duration +
 * cooldown} (or until {@code maxRequests} requests were sent, warm-up included); requests whose
 * intended send lies in {@code [warmup, warmup + duration)} are measured (see {@link
 * dev.versus.metrics.MeasureWindow}). After sending stops the driver waits up to {@code drain} for
 * requests in flight, then cancels them (they are recorded as cancelled).
 *
 * @param maxRequests at most this many requests in total, 0 for no count limit
 * @param duration the measured span, {@link Duration#ZERO} for no time limit (then the window runs
 *     from the end of warm-up to the last completion)
 * @param warmup excluded span at the start
 * @param cooldown excluded span at the end, during which load continues so the last measured
 *     requests see the same load as the others
 * @param drain how long to wait for requests in flight after sending stops
 */
public record Limits(
    long maxRequests, Duration duration, Duration warmup, Duration cooldown, Duration drain) {
  public Limits {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(cooldown, "cooldown");
    Objects.requireNonNull(drain, "drain");
    if (maxRequests < 0) {
      throw new IllegalArgumentException(
          "maxRequests must be 0 (no limit) or more, got " + maxRequests);
    }
    requireNotNegative(duration, "duration");
    requireNotNegative(warmup, "warmup");
    requireNotNegative(cooldown, "cooldown");
    requireNotNegative(drain, "drain");
    if (maxRequests == 0 && duration.isZero()) {
      throw new IllegalArgumentException("a run needs a request count or a duration limit");
    }
    if (duration.isZero() && !cooldown.isZero()) {
      throw new IllegalArgumentException("a cooldown needs a duration");
    }
  }

  /** At most {@code maxRequests} requests, no warm-up, 60 s drain. */
  public static Limits requests(long maxRequests) {
    return new Limits(
        maxRequests, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(60));
  }

  /** A measured {@code duration} after {@code warmup}, no cool-down, 60 s drain. */
  public static Limits timed(Duration duration, Duration warmup) {
    return new Limits(0, duration, warmup, Duration.ZERO, Duration.ofSeconds(60));
  }

  public Limits withMaxRequests(long value) {
    return new Limits(value, duration, warmup, cooldown, drain);
  }

  public Limits withCooldown(Duration value) {
    return new Limits(maxRequests, duration, warmup, value, drain);
  }

  public Limits withDrain(Duration value) {
    return new Limits(maxRequests, duration, warmup, cooldown, value);
  }

  /** Span during which requests may be sent, in nanoseconds; 0 when only the count limits it. */
  long sendSpanNanos() {
    return duration.isZero() ? 0 : warmup.plus(duration).plus(cooldown).toNanos();
  }

  private static void requireNotNegative(Duration value, String name) {
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
  }
}
