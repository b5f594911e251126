package dev.versus.report;

/**
 * Summary of one latency distribution, all values in milliseconds.
 *
 * @param count samples behind the summary; 0 means nothing was measured and every value is 0
 * @param stddevMs standard deviation
 */
public record Distribution(
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

  /** The summary of no samples. */
  public static final Distribution EMPTY = new Distribution(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public Distribution {
    Checks.nonNegative(count, "distribution.count");
    double[] ordered = {minMs, p50Ms, p90Ms, p95Ms, p99Ms, p999Ms, maxMs};
    String[] names = {"min", "p50", "p90", "p95", "p99", "p99_9", "max"};
    for (int i = 0; i < ordered.length; i++) {
      Checks.nonNegative(ordered[i], "distribution." + names[i]);
      if (i > 0 && ordered[i] < ordered[i - 1] * (1 - 1e-9)) {
        throw new ReportException(
            "distribution: " + names[i] + " (" + ordered[i] + ") is below " + names[i - 1] + " ("
                + ordered[i - 1] + ")");
      }
    }
    Checks.nonNegative(meanMs, "distribution.mean");
    Checks.nonNegative(stddevMs, "distribution.stddev");
    if (count > 0 && (meanMs < minMs * (1 - 1e-9) || meanMs > maxMs * (1 + 1e-9))) {
      throw new ReportException("distribution.mean (" + meanMs + ") is outside [min, max]");
    }
  }

  /** Whether any sample was measured. */
  public boolean measured() {
    return count > 0;
  }

  /** The percentile points of this summary as a coarse CDF (used when no finer CDF was kept). */
  public java.util.List<CdfPoint> coarseCdf() {
    if (!measured()) {
      return java.util.List.of();
    }
    return java.util.List.of(
        new CdfPoint(minMs, 0),
        new CdfPoint(p50Ms, 0.5),
        new CdfPoint(p90Ms, 0.9),
        new CdfPoint(p95Ms, 0.95),
        new CdfPoint(p99Ms, 0.99),
        new CdfPoint(p999Ms, 0.999),
        new CdfPoint(maxMs, 1));
  }
}
