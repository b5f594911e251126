package dev.versus.plan;

import dev.versus.report.Evidence;

/** Shows figures in reading units: times in ms, memory in GB (decimal), the rest as measured. */
final class Display {
  private Display() {}

  static Evidence evidence(String name, Measured m) {
    double f = factor(m.unit());
    return new Evidence(
        name, m.value() * f, m.low() * f, m.high() * f, symbol(m.unit()), m.endpoint(), m.source());
  }

  /** e.g. {@code 412 ms [398, 431]} or {@code 0.89}. */
  static String figure(Measured m) {
    double f = factor(m.unit());
    String symbol = symbol(m.unit());
    StringBuilder s = new StringBuilder(Numbers.figure(m.value() * f));
    if (!symbol.isEmpty()) {
      s.append(' ').append(symbol);
    }
    if (m.hasInterval()) {
      s.append(" [").append(Numbers.figure(m.low() * f)).append(", ")
          .append(Numbers.figure(m.high() * f)).append(']');
    }
    return s.toString();
  }

  private static double factor(Unit unit) {
    return switch (unit) {
      case SECONDS -> 1e3;
      case BYTES -> 1e-9;
      case TOKENS_PER_SECOND, REQUESTS_PER_SECOND, USD, COUNT, RATIO, NUMBER -> 1;
    };
  }

  private static String symbol(Unit unit) {
    return switch (unit) {
      case SECONDS -> "ms";
      case BYTES -> "GB";
      case TOKENS_PER_SECOND, REQUESTS_PER_SECOND, USD, COUNT, RATIO, NUMBER -> unit.symbol();
    };
  }
}
