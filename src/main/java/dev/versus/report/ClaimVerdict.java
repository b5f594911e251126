package dev.versus.report;

import java.util.Locale;

/** What the measurements say about a claim. */
public enum ClaimVerdict {
  /** The measured values satisfy the claim, intervals included. */
  VERIFIED,
  /** The measured values contradict the claim, intervals included. */
  REFUTED,
  /** The intervals straddle the claim, or something it needs was not measured. */
  INCONCLUSIVE;

  /** The lower-case name used in JSON and CSV. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
