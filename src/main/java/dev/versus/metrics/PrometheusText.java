package dev.versus.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Reads samples from the Prometheus text exposition format (version 0.0.4). */
final class PrometheusText {
  private PrometheusText() {}

  /**
   * The value of each wanted metric, summed over its label sets (e.g. one series per model). Lines
   * that are comments, other metrics or malformed are skipped; {@code NaN} samples are ignored.
   */
  static Map<String, Double> sums(String text, Set<String> wanted) {
    Map<String, Double> sums = new HashMap<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int nameEnd = 0;
      while (nameEnd < line.length() && line.charAt(nameEnd) != '{' && line.charAt(nameEnd) != ' ') {
        nameEnd++;
      }
      String name = line.substring(0, nameEnd);
      if (!wanted.contains(name)) {
        continue;
      }
      int valueStart = nameEnd;
      if (valueStart < line.length() && line.charAt(valueStart) == '{') {
        valueStart = line.indexOf('}', valueStart) + 1;
        if (valueStart == 0) {
          continue;
        }
      }
      String[] rest = line.substring(valueStart).strip().split("\\s+");
      try {
        double value = Double.parseDouble(rest[0]);
        if (!Double.isNaN(value)) {
          sums.merge(name, value, Double::sum);
        }
      } catch (NumberFormatException e) {
        // a malformed sample: skip it, the others still count
      }
    }
    return sums;
  }
}
