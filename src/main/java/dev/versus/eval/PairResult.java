package dev.versus.eval;

import java.util.Objects;

/**
 * Two models compared on the same cases of one suite: {@code verdict.difference()} is A − B.
 *
 * @param pairs paired observations (cases; each case's repeats averaged when repeats > 1)
 */
public record PairResult(String suite, String modelA, String modelB, int pairs, Verdict verdict) {
  public PairResult {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(modelA, "modelA");
    Objects.requireNonNull(modelB, "modelB");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** The better model's key, or empty text when the difference is not significant. */
  public String better() {
    return switch (verdict.winner()) {
      case A_BETTER -> modelA;
      case B_BETTER -> modelB;
      case NO_SIGNIFICANT_DIFFERENCE -> "";
    };
  }
}
