package dev.versus.metrics;

import dev.versus.core.ErrorClass;
import dev.versus.core.Usage;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one run (or of merged shards) at one load level, for reports.
 *
 * @param requests measured requests (sent inside the window), completed or failed
 * @param completed measured requests that completed
 * @param failed measured requests that failed
 * @param excluded requests outside the window (warm-up, cool-down), not counted anywhere else
 * @param windowSeconds length of the measured window (union of shard windows)
 * @param latency per metric, over measured completed requests
 * @param throughput rates over the window
 * @param goodput requests meeting every SLO
 * @param errors measured failures by class
 * @param usageSources measured completed requests by who counted their tokens
 * @param tokens token sums and client/server agreement
 */
public record Summary(
    long requests,
    long completed,
    long failed,
    long excluded,
    double windowSeconds,
    Map<Metric, LatencyStats> latency,
    Throughput throughput,
    Goodput goodput,
    Map<ErrorClass, Long> errors,
    Map<Usage.Source, Long> usageSources,
    TokenTotals tokens) {

  public Summary {
    Objects.requireNonNull(throughput, "throughput");
    Objects.requireNonNull(goodput, "goodput");
    Objects.requireNonNull(tokens, "tokens");
    latency = Map.copyOf(latency);
    errors = Map.copyOf(errors);
    usageSources = Map.copyOf(usageSources);
  }

  /** The stats of one metric (all zero when it has no values). */
  public LatencyStats latency(Metric metric) {
    return latency.get(metric);
  }

  /** Failed / measured requests, 0 when nothing was measured. */
  public double errorRate() {
    return requests == 0 ? 0 : (double) failed / requests;
  }
}
