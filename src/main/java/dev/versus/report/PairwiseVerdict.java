package dev.versus.report;

import java.util.Locale;

/** The outcome of a paired significance test between two models on one suite. */
public enum PairwiseVerdict {
  /** Model A is better, significantly. */
  A_BETTER,
  /** Model B is better, significantly. */
  B_BETTER,
  /** The difference is within what chance explains at the chosen level. */
  NO_SIGNIFICANT_DIFFERENCE;

  /** The lower-case name used in JSON and CSV. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
