package dev.versus.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Service-level objectives a request must all meet to count towards goodput. A failed request never
 * meets them. Per metric: TTFT, TTFAT, TPOT, E2E and schedule latency compare the request's value;
 * ITL compares the request's largest inter-token gap (every gap must be within the limit). A metric
 * the request has no value for (TPOT of a one-token answer, ITL of a single chunk) is met; TTFT and
 * TTFAT are not met when no output (answer) arrived.
 *
 * @param limits the upper bound per metric, inclusive
 */
public record Slo(Map<Metric, Duration> limits) {
  private static final Slo NONE = new Slo(Map.of());

  public Slo {
    EnumMap<Metric, Duration> copy = new EnumMap<>(Metric.class);
    limits.forEach(
        (metric, limit) -> {
          if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException(
                "SLO for " + metric.wireName() + " must be positive, got " + limit);
          }
          copy.put(metric, limit);
        });
    limits = Map.copyOf(copy);
  }

  /** No objectives: every completed request is good. */
  public static Slo none() {
    return NONE;
  }

  /** This SLO with one more (or a replaced) limit. */
  public Slo with(Metric metric, Duration limit) {
    EnumMap<Metric, Duration> copy = new EnumMap<>(Metric.class);
    copy.putAll(limits);
    copy.put(metric, limit);
    return new Slo(copy);
  }

  /** The limit for {@code metric}, if one is set. */
  public Optional<Duration> limit(Metric metric) {
    return Optional.ofNullable(limits.get(metric));
  }

  /** Whether {@code record} completed and meets every limit. */
  public boolean isMetBy(RequestRecord record) {
    if (!record.ok()) {
      return false;
    }
    for (Map.Entry<Metric, Duration> entry : limits.entrySet()) {
      long limit = entry.getValue().toNanos();
      boolean met =
          switch (entry.getKey()) {
            case TTFT -> record.ttftNanos().isPresent() && record.ttftNanos().getAsLong() <= limit;
            case TTFAT ->
                record.ttfatNanos().isPresent() && record.ttfatNanos().getAsLong() <= limit;
            case ITL -> record.timing().maxGapNanos() <= limit;
            case TPOT -> record.tpotNanos().orElse(0) <= limit;
            case E2E -> record.e2eNanos() <= limit;
            case SCHEDULE_LATENCY -> record.scheduleLatencyNanos() <= limit;
          };
      if (!met) {
        return false;
      }
    }
    return true;
  }
}
