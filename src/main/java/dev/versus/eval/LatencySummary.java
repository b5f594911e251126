package dev.versus.eval;

/**
 * Latency of the calls actually made (cached answers have none), in milliseconds; every figure is
 * NaN when {@code count} is 0.
 */
public record LatencySummary(int count, double meanMs, double p50Ms, double p95Ms, double maxMs) {

  static LatencySummary of(long[] nanos) {
    if (nanos.length == 0) {
      return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    org.HdrHistogram.Histogram h = new org.HdrHistogram.Histogram(3);
    for (long n : nanos) {
      h.recordValue(Math.max(0, n / 1_000));
    }
    return new LatencySummary(nanos.length, h.getMean() / 1e3, h.getValueAtPercentile(50) / 1e3,
        h.getValueAtPercentile(95) / 1e3, h.getMaxValue() / 1e3);
  }
}
