package dev.versus.eval;

/**
 * Agreement across repeats of the same cases: the fraction of cases whose repeats all agree, and
 * the mean over cases of the fraction of agreeing pairs of repeats.
 */
public record Consistency(int cases, double allAgreeRate, double meanPairwiseAgreement) {
  public Consistency {
    if (cases < 0 || allAgreeRate < 0 || allAgreeRate > 1 || meanPairwiseAgreement < 0
        || meanPairwiseAgreement > 1) {
      throw new IllegalArgumentException("bad consistency " + cases + ", " + allAgreeRate + ", "
          + meanPairwiseAgreement);
    }
  }
}
