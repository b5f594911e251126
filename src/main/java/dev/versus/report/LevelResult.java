package dev.versus.report;

import dev.versus.core.ErrorClass;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Performance of one model at one load level, over the measured window (warm-up excluded).
 *
 * @param modelKey the {@link ModelInfo#key()} measured
 * @param level the concurrency or rate applied
 * @param requests requests finished in the window, failed ones included
 * @param errors failed requests by class; classes with no failures may be left out
 * @param latencies one distribution per {@link LatencyMetric}, all four present
 * @param outputTokensPerSecond output tokens per second over the window
 * @param peakOutputTokensPerSecond highest output tokens in any one-second bucket
 * @param requestsPerSecond completed requests per second over the window
 * @param goodputPercent share of requests meeting every SLO, 0 to 100 (errors count against it)
 * @param tokenSource who counted the output tokens
 * @param cdfs optional finer latency CDFs by metric (missing metrics fall back to the percentiles)
 * @param serverSamples scrapes of the server's metrics during the level; empty when none were read
 */
public record LevelResult(
    String modelKey,
    LoadLevel level,
    long requests,
    Map<ErrorClass, Long> errors,
    Map<LatencyMetric, Distribution> latencies,
    double outputTokensPerSecond,
    double peakOutputTokensPerSecond,
    double requestsPerSecond,
    double goodputPercent,
    TokenSource tokenSource,
    Map<LatencyMetric, List<CdfPoint>> cdfs,
    List<ServerSample> serverSamples) {

  public LevelResult {
    Checks.text(modelKey, "level.modelKey");
    String at = "performance[" + modelKey + " " + level + "]";
    Objects.requireNonNull(level, at + ".level");
    Checks.nonNegative(requests, at + ".requests");
    errors = Checks.map(errors, at + ".errors");
    long failed = 0;
    for (Map.Entry<ErrorClass, Long> e : errors.entrySet()) {
      failed += Checks.nonNegative(e.getValue(), at + ".errors[" + e.getKey().wireName() + "]");
    }
    if (failed > requests) {
      throw new ReportException(at + ": " + failed + " errors exceed " + requests + " requests");
    }
    latencies = Checks.map(latencies, at + ".latencies");
    for (LatencyMetric metric : LatencyMetric.values()) {
      if (!latencies.containsKey(metric)) {
        throw new ReportException(at + ".latencies: missing " + metric.wireName()
            + " (use Distribution.EMPTY when it was not measured)");
      }
    }
    Checks.nonNegative(outputTokensPerSecond, at + ".outputTokensPerSecond");
    Checks.nonNegative(peakOutputTokensPerSecond, at + ".peakOutputTokensPerSecond");
    Checks.nonNegative(requestsPerSecond, at + ".requestsPerSecond");
    Checks.between(goodputPercent, 0, 100, at + ".goodputPercent");
    Objects.requireNonNull(tokenSource, at + ".tokenSource");
    Map<LatencyMetric, List<CdfPoint>> copied = new EnumMap<>(LatencyMetric.class);
    Checks.map(cdfs, at + ".cdfs").forEach((m, points) -> copied.put(m, Checks.list(points, at)));
    cdfs = Map.copyOf(copied);
    serverSamples = Checks.list(serverSamples, at + ".serverSamples");
  }

  /** Requests that failed, all classes together. */
  public long failedRequests() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Failed requests as a percentage of all requests; 0 when there were none. */
  public double errorRatePercent() {
    return requests == 0 ? 0 : 100.0 * failedRequests() / requests;
  }

  /** The distribution of one metric. */
  public Distribution latency(LatencyMetric metric) {
    return latencies.get(metric);
  }

  /** The CDF of one metric: the finer one when kept, otherwise the percentile points. */
  public List<CdfPoint> cdf(LatencyMetric metric) {
    List<CdfPoint> fine = cdfs.get(metric);
    return fine != null && !fine.isEmpty() ? fine : latency(metric).coarseCdf();
  }

  /** Whether {@link #cdf} for this metric is the finer, kept one. */
  public boolean hasFineCdf(LatencyMetric metric) {
    List<CdfPoint> fine = cdfs.get(metric);
    return fine != null && !fine.isEmpty();
  }

  /** The highest value of a server metric across the samples, if it was scraped. */
  public java.util.OptionalDouble serverPeak(String metricName) {
    return serverSamples.stream()
        .filter(s -> s.values().containsKey(metricName))
        .mapToDouble(s -> s.values().get(metricName))
        .max();
  }
}
