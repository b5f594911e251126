package dev.versus.report;

/**
 * One point of an empirical latency CDF.
 *
 * @param valueMs latency in milliseconds
 * @param fraction share of requests at or below it, 0 to 1
 */
public record CdfPoint(double valueMs, double fraction) {
  public CdfPoint {
    Checks.nonNegative(valueMs, "cdf.valueMs");
    Checks.between(fraction, 0, 1, "cdf.fraction");
  }
}
