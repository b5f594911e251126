package dev.versus.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code matrix}: element-wise relative error of the matrix in the response against the expected
 * matrix (JSON {@code [[..],[..]]}); a scalar expected answer (a determinant) is compared as a
 * number. Value = fraction of elements within option {@code tolerance} (default 1e-6, relative;
 * absolute where the expected element is 0); passed when every element is. The reason gives the
 * maximum relative error.
 */
final class MatrixScorer implements Scorer {
  @Override
  public void validate(EvalCase c) {
    Responses.requireExpected(c);
    c.options().doubleOr("tolerance", NumberScorer.DEFAULT_TOLERANCE);
    String e = c.firstExpected();
    if (MatrixParser.parse(e).isEmpty() && NumberParser.parse(e).isEmpty()) {
      throw new EvalException(
          "case " + c.id() + ": expected answer is neither a matrix [[..],[..]] nor a number");
    }
  }

  @Override
  public Score score(String response, EvalCase c) {
    var empty = Responses.emptyFailure(response);
    if (empty.isPresent()) {
      return empty.get();
    }
    double tolerance = c.options().doubleOr("tolerance", NumberScorer.DEFAULT_TOLERANCE);
    OptionalDouble scalar = NumberParser.parse(c.firstExpected());
    if (scalar.isPresent()) {
      return scoreScalar(response, c, scalar.getAsDouble(), tolerance);
    }
    double[][] want = MatrixParser.parse(c.firstExpected()).orElseThrow();
    Optional<double[][]> got = MatrixParser.parse(response);
    if (got.isEmpty()) {
      return Score.fail("", "no matrix found in '" + TextNormalizer.preview(response) + "'");
    }
    double[][] g = got.get();
    String shown = Arrays.deepToString(g);
    if (g.length != want.length || g[0].length != want[0].length) {
      return Score.fail(shown, "shape " + g.length + "x" + g[0].length + " differs from expected "
          + want.length + "x" + want[0].length);
    }
    int ok = 0;
    double maxError = 0;
    for (int i = 0; i < want.length; i++) {
      for (int j = 0; j < want[i].length; j++) {
        double error = relativeError(g[i][j], want[i][j]);
        maxError = Math.max(maxError, error);
        if (error <= tolerance) {
          ok++;
        }
      }
    }
    int cells = want.length * want[0].length;
    String reason = String.format(Locale.ROOT, "%d/%d elements within tolerance %s, max relative"
        + " error %.4g", ok, cells, tolerance, maxError);
    return new Score((double) ok / cells, ok == cells, shown, reason);
  }

  private static Score scoreScalar(String response, EvalCase c, double want, double tolerance) {
    OptionalDouble got = AnswerExtraction.number(response, ExtractionMode.AUTO, c.language());
    if (got.isEmpty()) {
      return Score.fail("", "no number found in '" + TextNormalizer.preview(response) + "'");
    }
    double error = relativeError(got.getAsDouble(), want);
    String shown = NumberScorer.format(got.getAsDouble());
    String reason = String.format(Locale.ROOT, "relative error %.4g (tolerance %s)", error,
        tolerance);
    return error <= tolerance ? Score.pass(shown, reason) : Score.fail(shown, reason);
  }

  /** |got − want| / |want|, or the absolute error when {@code want} is 0. */
  static double relativeError(double got, double want) {
    double diff = Math.abs(got - want);
    return want == 0 ? diff : diff / Math.abs(want);
  }
}
