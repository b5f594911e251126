package dev.versus.eval;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code number}: the number in the response (option {@code extract}: {@code auto} by default,
 * {@code strict} or {@code flexible}) is within relative tolerance (option {@code tolerance},
 * default 1e-6; absolute when the expected value is 0) of one expected number. A number whose
 * separators are ambiguous ({@code 70,000} in a Spanish case, {@code 1.234} in an English one)
 * also passes when its reading in the other style matches, and the reason says so.
 */
final class NumberScorer implements Scorer {
  static final double DEFAULT_TOLERANCE = 1e-6;

  @Override
  public void validate(EvalCase c) {
    Responses.requireExpected(c);
    Responses.mode(c, ExtractionMode.AUTO);
    c.options().doubleOr("tolerance", DEFAULT_TOLERANCE);
    for (String e : c.expected()) {
      if (NumberParser.parse(e, c.language()).isEmpty()) {
        throw new EvalException(
            "case " + c.id() + ": expected answer '" + e + "' is not a number (scorer 'number')");
      }
    }
  }

  @Override
  public Score score(String response, EvalCase c) {
    var empty = Responses.emptyFailure(response);
    if (empty.isPresent()) {
      return empty.get();
    }
    ExtractionMode mode = Responses.mode(c, ExtractionMode.AUTO);
    OptionalDouble got = AnswerExtraction.number(response, mode, c.language());
    if (got.isEmpty()) {
      return Score.fail(
          "", "no number found (" + mode.wireName() + "): '" + TextNormalizer.preview(response) + "'");
    }
    double value = got.getAsDouble();
    double tolerance = c.options().doubleOr("tolerance", DEFAULT_TOLERANCE);
    String shown = format(value);
    if (matches(value, c, tolerance)) {
      return Score.pass(shown, shown + " equals expected " + c.expected());
    }
    String otherStyle = c.language().startsWith("es") ? "en" : "es";
    OptionalDouble other = AnswerExtraction.number(response, mode, otherStyle);
    if (other.isPresent() && other.getAsDouble() != value
        && matches(other.getAsDouble(), c, tolerance)) {
      String alt = format(other.getAsDouble());
      return Score.pass(alt, alt + " equals expected " + c.expected() + " (separators read in "
          + (otherStyle.equals("en") ? "English" : "Spanish") + " style)");
    }
    return Score.fail(shown, shown + " differs from expected " + c.expected());
  }

  private static boolean matches(double value, EvalCase c, double tolerance) {
    for (String e : c.expected()) {
      OptionalDouble want = NumberParser.parse(e, c.language());
      if (want.isPresent() && within(value, want.getAsDouble(), tolerance)) {
        return true;
      }
    }
    return false;
  }

  static boolean within(double got, double want, double tolerance) {
    double scale = want == 0 ? 1.0 : Math.abs(want);
    return Math.abs(got - want) <= tolerance * scale;
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }
}
