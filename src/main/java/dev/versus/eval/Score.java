package dev.versus.eval;

import java.util.Map;
import java.util.Objects;

/**
 * The score of one response: {@code value} in [0, 1], whether it passed, what was extracted from
 * the response (empty when nothing was), a short human-readable reason, and scorer-specific
 * details stored with the result (for example the judge model and rubric of {@code llm-judge};
 * empty for most scorers).
 *
 * <p>A score whose details hold {@link #ERROR_CLASS} is not a grade but a scoring failure (for
 * example a judge reply that could not be parsed): it is recorded with that error class, like a
 * failed call, rather than passing as a silent 0.
 */
public record Score(double value, boolean passed, String extracted, String reason,
    Map<String, String> details) {
  /** The details key that marks a scoring failure; its value is the error class to record. */
  public static final String ERROR_CLASS = "error_class";

  public Score {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("score value must be in [0, 1], got " + value);
    }
    Objects.requireNonNull(extracted, "extracted");
    Objects.requireNonNull(reason, "reason");
    details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
  }

  /** A score without details. */
  public Score(double value, boolean passed, String extracted, String reason) {
    this(value, passed, extracted, reason, Map.of());
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

  /**
   * A scoring failure: value 0, not passed, recorded under {@code errorClass} (e.g. {@code
   * judge_error}) with {@code reason} as the error message.
   */
  public static Score error(String errorClass, String reason, Map<String, String> details) {
    Map<String, String> all = new java.util.LinkedHashMap<>(details);
    all.put(ERROR_CLASS, errorClass);
    return new Score(0.0, false, "", reason, all);
  }

  /** A copy with these details added. */
  public Score withDetails(Map<String, String> more) {
    Map<String, String> all = new java.util.LinkedHashMap<>(details);
    all.putAll(more);
    return new Score(value, passed, extracted, reason, all);
  }

  /** The error class when this is a scoring failure, else {@code ""}. */
  public String errorClass() {
    return details.getOrDefault(ERROR_CLASS, "");
  }
}
