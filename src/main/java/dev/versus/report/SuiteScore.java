package dev.versus.report;

/**
 * One model's score on one suite, with its confidence interval.
 *
 * @param modelKey the model scored
 * @param suite the suite name, e.g. {@code "nlu-es"}
 * @param metric what the score is, e.g. {@code "accuracy"}, {@code "macro_f1"}, {@code "token_f1"},
 *     {@code "leak_rate"}, {@code "mean_relative_error"}
 * @param higherIsBetter false for rates of bad outcomes (leak rate, relative error)
 * @param score the point estimate, usually 0 to 1
 * @param ciLow lower end of the confidence interval
 * @param ciHigh upper end of the confidence interval
 * @param confidence the interval's level, e.g. 0.95
 * @param n cases scored (repeats counted once per repeat)
 * @param errors cases whose call failed (they count as wrong)
 * @param costUsd what the suite's calls cost, in US dollars (0 when cached or unpriced)
 */
public record SuiteScore(
    String modelKey,
    String suite,
    String metric,
    boolean higherIsBetter,
    double score,
    double ciLow,
    double ciHigh,
    double confidence,
    long n,
    long errors,
    double costUsd) {

  public SuiteScore {
    Checks.text(modelKey, "score.modelKey");
    String at = "quality[" + modelKey + " " + suite + "]";
    Checks.text(suite, at + ".suite");
    Checks.text(metric, at + ".metric");
    Checks.finite(score, at + ".score");
    Checks.interval(ciLow, score, ciHigh, at);
    Checks.between(confidence, 0.5, 0.9999, at + ".confidence");
    Checks.nonNegative(n, at + ".n");
    Checks.nonNegative(errors, at + ".errors");
    if (errors > n) {
      throw new ReportException(at + ": errors (" + errors + ") exceed n (" + n + ")");
    }
    Checks.nonNegative(costUsd, at + ".costUsd");
  }
}
