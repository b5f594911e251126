package dev.versus.report;

import java.util.Objects;

/**
 * One measured value a claim was judged on.
 *
 * @param name the claim language's name for it, e.g. {@code flash.output_tokens_per_second}
 * @param value the point estimate
 * @param low lower end of its interval; equal to {@code value} when it has none
 * @param high upper end of its interval; equal to {@code value} when it has none
 * @param unit e.g. {@code "tokens/s"}, {@code "ms"}, {@code "USD"}, or empty for a ratio
 * @param endpoint whether it was measured on the simulator or a real service
 * @param source where exactly, e.g. {@code "bench c=32, server-reported tokens, n=1200"}
 */
public record Evidence(
    String name,
    double value,
    double low,
    double high,
    String unit,
    EndpointKind endpoint,
    String source) {

  public Evidence {
    Checks.text(name, "evidence.name");
    Checks.finite(value, "evidence[" + name + "].value");
    Checks.interval(low, value, high, "evidence[" + name + "]");
    Objects.requireNonNull(unit, "evidence[" + name + "].unit");
    Objects.requireNonNull(endpoint, "evidence[" + name + "].endpoint");
    Checks.text(source, "evidence[" + name + "].source");
  }

  /** A value with no interval. */
  public static Evidence exact(
      String name, double value, String unit, EndpointKind endpoint, String source) {
    return new Evidence(name, value, value, value, unit, endpoint, source);
  }

  /** Whether a real interval was given. */
  public boolean hasInterval() {
    return low != value || high != value;
  }
}
