package dev.versus.report;

import java.util.Objects;

/**
 * A paired significance test of two models on the same cases of one suite.
 *
 * @param suite the suite
 * @param modelA first model key
 * @param modelB second model key
 * @param verdict which one is better, or neither
 * @param pValue the test's p-value, 0 to 1
 * @param alpha the significance level used, e.g. 0.05
 * @param test the test's name, e.g. {@code "mcnemar"} or {@code "paired_bootstrap"}
 * @param pairs paired cases behind the test
 */
public record PairwiseComparison(
    String suite,
    String modelA,
    String modelB,
    PairwiseVerdict verdict,
    double pValue,
    double alpha,
    String test,
    long pairs) {

  public PairwiseComparison {
    String at = "comparison[" + suite + " " + modelA + " vs " + modelB + "]";
    Checks.text(suite, "comparison.suite");
    Checks.text(modelA, at + ".modelA");
    Checks.text(modelB, at + ".modelB");
    if (modelA.equals(modelB)) {
      throw new ReportException(at + ": a model cannot be compared with itself");
    }
    Objects.requireNonNull(verdict, at + ".verdict");
    Checks.between(pValue, 0, 1, at + ".pValue");
    Checks.between(alpha, 0, 0.5, at + ".alpha");
    Checks.text(test, at + ".test");
    Checks.nonNegative(pairs, at + ".pairs");
    boolean significant = pValue < alpha;
    if (significant == (verdict == PairwiseVerdict.NO_SIGNIFICANT_DIFFERENCE)) {
      throw new ReportException(
          at + ": verdict " + verdict.wireName() + " contradicts p=" + pValue + " at alpha=" + alpha);
    }
  }
}
