package dev.versus.bench.harness;

import java.util.Arrays;
import java.util.Locale;

/** Prints a bench's figures, one {@code [bench] ...} line each, numbers in {@link Locale#ROOT}. */
final class Report {
  private final String bench;

  Report(String bench) {
    this.bench = bench;
  }

  void line(String format, Object... args) {
    System.out.println("[" + bench + "] " + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  void result(String format, Object... args) {
    line("RESULT " + format, args);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String list(double[] values, String format) {
    StringBuilder text = new StringBuilder();
    for (double v : values) {
      text.append(text.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, format, v));
    }
    return text.toString();
  }
}
