package dev.versus.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses numbers written with digits: English ({@code 1,234.5}) and Spanish ({@code
 * 1.234,5}) separators, spaces as thousands ({@code 80 000}, also no-break and narrow no-break
 * spaces), currency signs, {@code -3} and {@code −3} (U+2212), percentages and fractions such as
 * {@code 3/4}. A single dot is a decimal point and a single comma followed by exactly three digits
 * is a thousands separator, except for Spanish ({@code language "es"}) where the reverse holds.
 */
public final class NumberParser {
  /** One number found in a text: its value, the matched text and where it ends. */
  public record Found(double value, String text, int start, int end, boolean percent) {}

  private static final String SPACE = "[ \\u00A0\\u202F\\u2009]";
  private static final Pattern SPACE_CHARS = Pattern.compile(SPACE);
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d.,])"
              + "(?<sign>[-\\u2212])?"
              + "(?<cur>[$€£]\\s?)?"
              + "(?<sign2>[-\\u2212])?"
              + "(?<num>\\d{1,3}(?:" + SPACE + "\\d{3})+(?![\\d])(?:,\\d+)?"
              + "|\\d+(?:[.,]\\d+)*)"
              + "(?:/(?<den>\\d+))?"
              + "(?<pct>\\s?%)?");

  private NumberParser() {}

  /** Every number in {@code text}, in order, reading separators in the given language's style. */
  public static List<Found> findAll(String text, String language) {
    List<Found> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      Optional<Double> value = parseDigits(m.group("num"), language);
      if (value.isEmpty()) {
        continue;
      }
      double v = value.get();
      if (m.group("den") != null) {
        double den = Double.parseDouble(m.group("den"));
        if (den == 0) {
          continue;
        }
        v = v / den;
      }
      if (m.group("sign") != null || m.group("sign2") != null) {
        v = -v;
      }
      out.add(new Found(v, m.group().trim(), m.start(), m.end(), m.group("pct") != null));
    }
    return List.copyOf(out);
  }

  /** Every number in {@code text} read in English style. */
  public static List<Found> findAll(String text) {
    return findAll(text, "en");
  }

  /**
   * Parses a text that is one number (digits, or words in English or Spanish), surrounding spaces,
   * currency and a trailing period allowed; empty when it is anything else.
   */
  public static OptionalDouble parse(String text, String language) {
    String t = text.strip();
    while (t.endsWith(".") || t.endsWith("*")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    List<Found> found = findAll(t, language);
    if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == t.length()) {
      return OptionalDouble.of(found.get(0).value());
    }
    if (found.isEmpty()) {
      return NumberWords.parseWhole(t);
    }
    return OptionalDouble.empty();
  }

  public static OptionalDouble parse(String text) {
    return parse(text, "en");
  }

  /** The digits part: decides which of {@code , . space} are thousands and which is decimal. */
  static Optional<Double> parseDigits(String raw, String language) {
    String s = SPACE_CHARS.matcher(raw).replaceAll("");
    boolean spanish = language.toLowerCase(java.util.Locale.ROOT).startsWith("es");
    int dots = count(s, '.');
    int commas = count(s, ',');
    String normal;
    if (dots > 0 && commas > 0) {
      char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
      char group = decimal == '.' ? ',' : '.';
      if (count(s, decimal) > 1) {
        return Optional.empty();
      }
      normal = s.replace(String.valueOf(group), "").replace(decimal, '.');
    } else if (commas > 0) {
      normal = separatorOnly(s, ',', commas, !spanish);
    } else if (dots > 0) {
      normal = separatorOnly(s, '.', dots, spanish);
    } else {
      normal = s;
    }
    if (normal == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(normal).doubleValue());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** One kind of separator: thousands when repeated or (in its home style) before 3 digits. */
  private static String separatorOnly(String s, char sep, int count, boolean groupingByDefault) {
    String[] parts = s.split(Pattern.quote(String.valueOf(sep)));
    boolean groups = true;
    for (int i = 1; i < parts.length; i++) {
      groups &= parts[i].length() == 3;
    }
    if (count > 1) {
      return groups ? s.replace(String.valueOf(sep), "") : null;
    }
    if (groups && groupingByDefault) {
      return s.replace(String.valueOf(sep), "");
    }
    return s.replace(sep, '.');
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
