package dev.versus.report;

/**
 * How often a model gave the same answer across repeats of the same cases.
 *
 * @param modelKey the model
 * @param suite the suite whose cases were repeated
 * @param repeats how many times each case was asked
 * @param agreement share of cases whose answers all agreed, 0 to 1
 * @param ciLow lower end of its confidence interval
 * @param ciHigh upper end of its confidence interval
 * @param cases distinct cases
 */
public record Consistency(
    String modelKey,
    String suite,
    int repeats,
    double agreement,
    double ciLow,
    double ciHigh,
    long cases) {

  public Consistency {
    Checks.text(modelKey, "consistency.modelKey");
    String at = "consistency[" + modelKey + " " + suite + "]";
    Checks.text(suite, at + ".suite");
    if (repeats < 2) {
      throw new ReportException(at + ".repeats must be at least 2, got " + repeats);
    }
    Checks.between(agreement, 0, 1, at + ".agreement");
    Checks.interval(ciLow, agreement, ciHigh, at);
    Checks.nonNegative(cases, at + ".cases");
  }
}
