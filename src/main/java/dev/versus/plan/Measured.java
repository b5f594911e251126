package dev.versus.plan;

import dev.versus.report.EndpointKind;
import java.util.Objects;

/**
 * A measured figure: point estimate, interval and where it came from.
 *
 * @param value the point estimate, in {@code unit}
 * @param low lower end of its interval (a confidence interval, or the range over shards); equal to
 *     {@code value} when it has none
 * @param high upper end of its interval; equal to {@code value} when it has none
 * @param unit must be the unit {@link MetricCatalog} gives for the metric (seconds, bytes, USD...)
 * @param endpoint whether it was measured on the simulator or a real service
 * @param source where exactly, e.g. {@code "bench c=64, server-reported tokens, n=1200"}
 */
public record Measured(
    double value, double low, double high, Unit unit, EndpointKind endpoint, String source) {

  public Measured {
    if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException(
          "a measured figure must be finite, got " + value + " [" + low + ", " + high + "]");
    }
    double slack = 1e-9 * Math.max(1, Math.abs(value));
    if (low > value + slack || value > high + slack) {
      throw new IllegalArgumentException(
          "the interval [" + low + ", " + high + "] must contain the estimate " + value);
    }
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("a measured figure needs a source");
    }
  }

  /** A figure with no interval. */
  public static Measured exact(double value, Unit unit, EndpointKind endpoint, String source) {
    return new Measured(value, value, value, unit, endpoint, source);
  }

  /** Whether an interval was given. */
  public boolean hasInterval() {
    return low != value || high != value;
  }
}
