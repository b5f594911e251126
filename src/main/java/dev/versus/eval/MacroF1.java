package dev.versus.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Macro-F1 over a selection of cases (indices may repeat, for the bootstrap). Labels are those in
 * the gold answers plus non-empty predictions; an empty prediction (no label found) counts only as
 * a miss for the gold label.
 */
final class MacroF1 {
  private MacroF1() {}

  static double compute(List<String> gold, List<String> predicted, int[] indices) {
    Map<String, int[]> counts = new HashMap<>(); // label -> {tp, fp, fn}
    TreeSet<String> labels = new TreeSet<>();
    for (int i : indices) {
      String g = gold.get(i);
      String p = predicted.get(i);
      labels.add(g);
      if (!p.isEmpty()) {
        labels.add(p);
      }
      if (g.equals(p)) {
        counts.computeIfAbsent(g, k -> new int[3])[0]++;
      } else {
        counts.computeIfAbsent(g, k -> new int[3])[2]++;
        if (!p.isEmpty()) {
          counts.computeIfAbsent(p, k -> new int[3])[1]++;
        }
      }
    }
    double sum = 0;
    for (String label : labels) {
      int[] c = counts.getOrDefault(label, new int[3]);
      int denominator = 2 * c[0] + c[1] + c[2];
      sum += denominator == 0 ? 0 : 2.0 * c[0] / denominator;
    }
    return sum / labels.size();
  }
}
