package dev.versus.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting shared by the renderers; always {@link Locale#ROOT}, so output is stable. */
final class Fmt {
  private Fmt() {}

  /** Fixed decimals, e.g. {@code fixed(3.14159, 2)} is {@code "3.14"}. */
  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Shortest plain decimal for a machine format (no exponent, no trailing zeros). */
  static String trim(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Milliseconds for people: three significant digits or whole numbers above 100. */
  static String ms(double value) {
    if (value >= 100) {
      return fixed(value, 0);
    }
    return value >= 10 ? fixed(value, 1) : fixed(value, 2);
  }

  /** A rate or count with at most one decimal, e.g. throughput. */
  static String rate(double value) {
    return value >= 100 ? fixed(value, 0) : fixed(value, 1);
  }

  /** A percentage with one decimal, without the sign. */
  static String percent(double value) {
    return fixed(value, 1);
  }

  /** A score (0 to 1) with three decimals. */
  static String score(double value) {
    return fixed(value, 3);
  }

  /** US dollars: four decimals below one dollar, two above. */
  static String usd(double value) {
    return value < 1 ? fixed(value, 4) : fixed(value, 2);
  }

  /** A list price in US dollars: two decimals, more only when the price has them. */
  static String price(double value) {
    double cents = value * 100;
    return Math.abs(cents - Math.rint(cents)) < 1e-9 ? fixed(value, 2) : trim(value);
  }

  /** A p-value: three decimals, or {@code "<0.001"}. */
  static String pValue(double value) {
    return value < 0.001 ? "<0.001" : fixed(value, 3);
  }

  /** A figure for evidence: whole numbers from 1,000, else four significant digits, no exponent. */
  static String figure(double value) {
    if (Math.abs(value) >= 1000) {
      return fixed(value, 0);
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
        .toPlainString();
  }
}
