package dev.versus.report;

import java.util.Locale;
import java.util.Objects;

/**
 * One point of a load sweep.
 *
 * @param kind concurrency or rate
 * @param value concurrent requests (a whole number) or requests per second
 */
public record LoadLevel(LoadKind kind, double value) implements Comparable<LoadLevel> {
  public LoadLevel {
    Objects.requireNonNull(kind, "level.kind");
    Checks.finite(value, "level.value");
    if (value <= 0) {
      throw new ReportException("level.value must be positive, got " + value);
    }
    if (kind == LoadKind.CONCURRENCY && value != Math.rint(value)) {
      throw new ReportException("level.value: concurrency must be a whole number, got " + value);
    }
  }

  /** A closed-loop level with {@code n} requests in flight. */
  public static LoadLevel concurrency(int n) {
    return new LoadLevel(LoadKind.CONCURRENCY, n);
  }

  /** An open-loop level at {@code requestsPerSecond}. */
  public static LoadLevel rate(double requestsPerSecond) {
    return new LoadLevel(LoadKind.RATE, requestsPerSecond);
  }

  /** A short label: {@code "c=32"} or {@code "r=2.5/s"}. */
  public String label() {
    return switch (kind) {
      case CONCURRENCY -> "c=" + (long) value;
      case RATE -> "r=" + Fmt.trim(value) + "/s";
    };
  }

  @Override
  public int compareTo(LoadLevel other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : Double.compare(value, other.value);
  }

  @Override
  public String toString() {
    return label().toLowerCase(Locale.ROOT);
  }
}
