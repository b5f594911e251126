package dev.versus.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Macro-F1 over a selection of cases (indices may repeat, for the bootstrap). Labels are those in
 * the gold answers plus non-empty predictions; an empty prediction (no label found) counts only as
 * a miss for the gold label.
 *
 * <p>Labels are encoded as integers once ({@link #encode}), in sorted order, so that a bootstrap
 * of thousands of resamples over thousands of cases counts in arrays rather than maps, and sums
 * per-label F1 in the same (sorted) order as a direct computation.
 */
final class MacroF1 {
  private final int[] gold;
  private final int[] predicted; // -1: no label found
  private final int labelCount;

  private MacroF1(int[] gold, int[] predicted, int labelCount) {
    this.gold = gold;
    this.predicted = predicted;
    this.labelCount = labelCount;
  }

  static double compute(List<String> gold, List<String> predicted, int[] indices) {
    return encode(gold, predicted).compute(indices);
  }

  /** The labels of every case as integers, for repeated {@link #compute(int[])} calls. */
  static MacroF1 encode(List<String> gold, List<String> predicted) {
    TreeSet<String> names = new TreeSet<>(gold);
    predicted.stream().filter(p -> !p.isEmpty()).forEach(names::add);
    Map<String, Integer> ids = new TreeMap<>();
    for (String name : names) {
      ids.put(name, ids.size());
    }
    int[] g = new int[gold.size()];
    int[] p = new int[predicted.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = ids.get(gold.get(i));
      p[i] = predicted.get(i).isEmpty() ? -1 : ids.get(predicted.get(i));
    }
    return new MacroF1(g, p, ids.size());
  }

  /** Macro-F1 over the cases at {@code indices}; labels are those seen among them. */
  double compute(int[] indices) {
    int[] tp = new int[labelCount];
    int[] fp = new int[labelCount];
    int[] fn = new int[labelCount];
    boolean[] seen = new boolean[labelCount];
    for (int i : indices) {
      int g = gold[i];
      int p = predicted[i];
      seen[g] = true;
      if (p >= 0) {
        seen[p] = true;
      }
      if (g == p) {
        tp[g]++;
      } else {
        fn[g]++;
        if (p >= 0) {
          fp[p]++;
        }
      }
    }
    double sum = 0;
    int labels = 0;
    for (int label = 0; label < labelCount; label++) {
      if (!seen[label]) {
        continue;
      }
      labels++;
      int denominator = 2 * tp[label] + fp[label] + fn[label];
      sum += denominator == 0 ? 0 : 2.0 * tp[label] / denominator;
    }
    return sum / labels;
  }
}
