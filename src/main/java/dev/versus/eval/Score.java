package dev.versus.eval;

import java.util.Objects;

/**
 * The score of one response: {@code value} in [0, 1], whether it passed, what was extracted from
 * the response (empty when nothing was) and a short human-readable reason.
 */
public record Score(double value, boolean passed, String extracted, String reason) {
  public Score {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("score value must be in [0, 1], got " + value);
    }
    Objects.requireNonNull(extracted, "extracted");
    Objects.requireNonNull(reason, "reason");
  }

  public static Score pass(String extracted, String reason) {
    return new Score(1.0, true, extracted, reason);
  }

  public static Score fail(String extracted, String reason) {
    return new Score(0.0, false, extracted, reason);
  }

  /** A graded score that passes when {@code value >= threshold}. */
  public static Score graded(double value, double threshold, String extracted, String reason) {
    double clamped = Math.max(0.0, Math.min(1.0, value));
    return new Score(clamped, clamped >= threshold, extracted, reason);
  }
}
