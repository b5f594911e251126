package dev.versus.eval;

import java.util.Objects;

/**
 * The outcome of a paired comparison of models A and B on the same cases: who is better (or no
 * significant difference at {@code alpha}), the two-sided p-value, the difference A − B of the
 * mean scores with its interval, and the test used ({@code "exact McNemar"} or {@code "paired
 * bootstrap"}).
 */
public record Verdict(Winner winner, double pValue, Interval difference, double alpha,
    String method) {
  /** Who is better. */
  public enum Winner {
    A_BETTER,
    B_BETTER,
    NO_SIGNIFICANT_DIFFERENCE
  }

  public Verdict {
    Objects.requireNonNull(winner, "winner");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(method, "method");
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("p-value must be in [0, 1], got " + pValue);
    }
  }

  static Winner decide(double pValue, double alpha, double difference) {
    if (pValue >= alpha || difference == 0) {
      return Winner.NO_SIGNIFICANT_DIFFERENCE;
    }
    return difference > 0 ? Winner.A_BETTER : Winner.B_BETTER;
  }
}
