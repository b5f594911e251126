package dev.versus.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Validation helpers for the model records; every message names the field. */
final class Checks {
  private Checks() {}

  static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new ReportException(field + " must not be blank");
    }
    return value;
  }

  static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new ReportException(field + " must be a finite number, got " + value);
    }
    return value;
  }

  static double nonNegative(double value, String field) {
    finite(value, field);
    if (value < 0) {
      throw new ReportException(field + " must not be negative, got " + value);
    }
    return value;
  }

  static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new ReportException(field + " must not be negative, got " + value);
    }
    return value;
  }

  static double between(double value, double low, double high, String field) {
    finite(value, field);
    if (value < low || value > high) {
      throw new ReportException(
          field + " must be between " + low + " and " + high + ", got " + value);
    }
    return value;
  }

  static <T> List<T> list(List<T> values, String field) {
    Objects.requireNonNull(values, field);
    for (int i = 0; i < values.size(); i++) {
      Objects.requireNonNull(values.get(i), field + "[" + i + "]");
    }
    return List.copyOf(values);
  }

  static <K, V> Map<K, V> map(Map<K, V> values, String field) {
    Objects.requireNonNull(values, field);
    values.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, field + " key");
          Objects.requireNonNull(v, field + "[" + k + "]");
        });
    return Map.copyOf(values);
  }

  /** Checks that an interval contains its point estimate. */
  static void interval(double low, double value, double high, String field) {
    finite(low, field + ".ciLow");
    finite(high, field + ".ciHigh");
    double slack = 1e-9 * Math.max(1, Math.abs(value));
    if (low > value + slack || value > high + slack) {
      throw new ReportException(
          field + ": interval must contain the estimate, got [" + low + ", " + high + "] around "
              + value);
    }
  }
}
