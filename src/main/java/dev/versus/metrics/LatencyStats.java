package dev.versus.metrics;

import org.HdrHistogram.AbstractHistogram;

/**
 * Distribution of one latency metric in milliseconds, read from an HdrHistogram with 3 significant
 * digits (so every figure is within 0.1% of the exact value). All zero when {@code count} is 0.
 */
public record LatencyStats(
    long count,
    double p50Ms,
    double p90Ms,
    double p95Ms,
    double p99Ms,
    double p999Ms,
    double meanMs,
    double stddevMs,
    double minMs,
    double maxMs) {

  private static final double NANOS_PER_MS = 1e6;

  public LatencyStats {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }

  /** Reads a histogram of nanosecond values. */
  static LatencyStats of(AbstractHistogram nanos) {
    long count = nanos.getTotalCount();
    if (count == 0) {
      return new LatencyStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    return new LatencyStats(
        count,
        ms(nanos.getValueAtPercentile(50)),
        ms(nanos.getValueAtPercentile(90)),
        ms(nanos.getValueAtPercentile(95)),
        ms(nanos.getValueAtPercentile(99)),
        ms(nanos.getValueAtPercentile(99.9)),
        nanos.getMean() / NANOS_PER_MS,
        nanos.getStdDeviation() / NANOS_PER_MS,
        ms(nanos.getMinValue()),
        ms(nanos.getMaxValue()));
  }

  private static double ms(long nanos) {
    return nanos / NANOS_PER_MS;
  }
}
