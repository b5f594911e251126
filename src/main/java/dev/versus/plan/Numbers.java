package dev.versus.plan;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting for claims and evidence (Locale.ROOT, no trailing zeros). */
final class Numbers {
  private Numbers() {}

  /** e.g. {@code 64}, {@code 0.5}, {@code 1.25e-07}: exact enough to read back. */
  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Four significant digits, e.g. {@code 412.3}, {@code 0.0123}, {@code 18000}. */
  static String figure(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "-∞";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded =
        new BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros();
    return rounded.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0
        ? String.format(Locale.ROOT, "%.3e", value)
        : rounded.toPlainString();
  }
}
