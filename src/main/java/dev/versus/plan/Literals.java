package dev.versus.plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts number tokens with units ({@code 50ms}, {@code 40%}, {@code 4GiB}) to base units. */
final class Literals {
  private static final Pattern NUMBER =
      Pattern.compile("([0-9][0-9_]*(?:\\.[0-9_]+)?|\\.[0-9_]+)([eE][+-]?[0-9]+)?(.*)");

  private Literals() {}

  /**
   * The value of a number token.
   *
   * @throws ExpressionException for an unknown unit
   */
  static Expr.Num parse(Token token) {
    Matcher m = NUMBER.matcher(token.text());
    if (!m.matches()) {
      throw new ExpressionException(token.column(), "'" + token.text() + "' is not a number");
    }
    String digits = m.group(1).replace("_", "") + (m.group(2) == null ? "" : m.group(2));
    double value = Double.parseDouble(digits);
    String suffix = m.group(3);
    int unitColumn = token.column() + token.text().length() - suffix.length();
    return switch (suffix.toLowerCase(Locale.ROOT)) {
      case "" -> num(value, Unit.NUMBER, token);
      case "%" -> num(value / 100, Unit.RATIO, token);
      case "ns" -> num(value * 1e-9, Unit.SECONDS, token);
      case "us", "µs" -> num(value * 1e-6, Unit.SECONDS, token);
      case "ms" -> num(value * 1e-3, Unit.SECONDS, token);
      case "s" -> num(value, Unit.SECONDS, token);
      case "m", "min" -> num(value * 60, Unit.SECONDS, token);
      case "h" -> num(value * 3600, Unit.SECONDS, token);
      case "b" -> num(value, Unit.BYTES, token);
      case "kb" -> num(value * 1e3, Unit.BYTES, token);
      case "mb" -> num(value * 1e6, Unit.BYTES, token);
      case "gb" -> num(value * 1e9, Unit.BYTES, token);
      case "tb" -> num(value * 1e12, Unit.BYTES, token);
      case "kib" -> num(value * 1024, Unit.BYTES, token);
      case "mib" -> num(value * Math.pow(1024, 2), Unit.BYTES, token);
      case "gib" -> num(value * Math.pow(1024, 3), Unit.BYTES, token);
      case "tib" -> num(value * Math.pow(1024, 4), Unit.BYTES, token);
      default ->
          throw new ExpressionException(
              unitColumn,
              "unknown unit '" + suffix + "' (expected a time such as ms, s, min, a size such as"
                  + " MB or GiB, or %)");
    };
  }

  private static Expr.Num num(double value, Unit unit, Token token) {
    return new Expr.Num(value, unit, token.text(), token.column());
  }
}
