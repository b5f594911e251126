package dev.versus.store;

import java.time.Instant;
import java.util.Objects;

/** Validation and conversion helpers shared by the row records. */
final class Rows {
  private Rows() {}

  static String text(String value, String field) {
    return Objects.requireNonNull(value, field);
  }

  static String required(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** A time, duration or count that is either {@code -1} (absent) or not negative. */
  static long optional(long value, String field) {
    if (value < -1) {
      throw new IllegalArgumentException(field + " must be -1 (absent) or >= 0, got " + value);
    }
    return value;
  }

  static int optional(int value, String field) {
    return (int) optional((long) value, field);
  }

  static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
    return value;
  }

  static int httpStatus(int status, String field) {
    if (status != 0 && (status < 100 || status > 999)) {
      throw new IllegalArgumentException(field + " must be 0 (none) or 100..999, got " + status);
    }
    return status;
  }

  /** NaN (absent) or a finite amount that is not negative. */
  static double amount(double value, String field) {
    if (!Double.isNaN(value) && (value < 0 || Double.isInfinite(value))) {
      throw new IllegalArgumentException(
          field + " must be NaN (absent) or finite >= 0, got " + value);
    }
    return value;
  }

  static long epochMicros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  /** Like {@link #epochMicros} but clamps instants beyond the long range (for query bounds). */
  static long epochMicrosSaturated(Instant instant) {
    try {
      return epochMicros(instant);
    } catch (ArithmeticException e) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  static Instant instantOfMicros(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
