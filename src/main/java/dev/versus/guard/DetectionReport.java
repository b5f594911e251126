package dev.versus.guard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Detection rate and false-positive rate of a guard on labelled data, with Wilson 95% intervals,
 * per-layer and per-category breakdowns, and every item's screening.
 *
 * @param results one entry per labelled text, in input order
 * @param injectionThreshold the heuristic threshold the guard ran with on prompts
 * @param documentThreshold the heuristic threshold the guard ran with on documents
 * @param similarityThreshold the cosine threshold the guard ran with
 * @param directiveThreshold the directive layer's threshold the guard ran with (documents only)
 * @param classifierThreshold the document classifier's threshold the guard ran with
 * @param classifierVeto the document classifier's veto the guard ran with
 */
public record DetectionReport(
    List<ItemResult> results,
    double injectionThreshold,
    double documentThreshold,
    double similarityThreshold,
    double directiveThreshold,
    double classifierThreshold,
    double classifierVeto) {
  public DetectionReport {
    results = List.copyOf(results);
  }

  /** True-positive rate: attacks detected / attacks. */
  public Interval detection() {
    return rate(true, ItemResult::correct);
  }

  /** False-positive rate: benign texts detected / benign texts. */
  public Interval falsePositives() {
    return rate(false, r -> r.screening().detected());
  }

  /** Detection (attacks) or false-positive (benign) rate of the items screened through {@code channel}. */
  public Interval rate(Channel channel, boolean attacks) {
    return rate(attacks, r -> r.item().channel() == channel && r.screening().detected(), r -> r.item().channel() == channel);
  }

  /** Whether any item was screened through {@code channel}. */
  public boolean has(Channel channel) {
    return results.stream().anyMatch(r -> r.item().channel() == channel);
  }

  /** For each layer: attacks it caught, attacks only it caught, benign texts it flagged. */
  public Map<Layer, long[]> layerContributions() {
    Map<Layer, long[]> out = new LinkedHashMap<>();
    for (Layer layer : Layer.values()) {
      out.put(layer, new long[3]);
    }
    for (ItemResult r : results) {
      List<Layer> fired = r.screening().fired();
      for (Layer layer : fired) {
        long[] c = out.get(layer);
        if (r.item().attack()) {
          c[0]++;
          c[1] += fired.size() == 1 ? 1 : 0;
        } else {
          c[2]++;
        }
      }
    }
    out.values().removeIf(c -> c[0] == 0 && c[2] == 0);
    return out;
  }

  /** Detection (attacks) or false-positive (benign) rate per source and category. */
  public Map<String, Interval> perCategory() {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (ItemResult r : results) {
      String key =
          (r.item().attack() ? "attack " : "benign ")
              + r.item().source()
              + (r.item().channel() == Channel.DOCUMENT ? " (document)" : "")
              + (r.item().category().equals(r.item().source()) ? "" : " / " + r.item().category());
      long[] c = counts.computeIfAbsent(key, k -> new long[2]);
      c[0] += r.screening().detected() ? 1 : 0;
      c[1]++;
    }
    Map<String, Interval> out = new LinkedHashMap<>();
    counts.forEach((k, c) -> out.put(k, Interval.wilson(c[0], c[1])));
    return out;
  }

  /** The misclassified items. */
  public List<ItemResult> errors() {
    return results.stream().filter(r -> !r.correct()).toList();
  }

  /**
   * What the detection and false-positive rates would be at other heuristic thresholds, the
   * other layers' decisions unchanged: rows of {threshold, TPR, FPR}.
   */
  public List<double[]> heuristicSweep(double[] thresholds) {
    return sweep(thresholds, Layer.HEURISTIC, r -> true);
  }

  /**
   * As {@link #heuristicSweep} with the threshold varied only for the items screened through
   * {@code channel}; the other items keep their decisions.
   */
  public List<double[]> heuristicSweep(double[] thresholds, Channel channel) {
    return sweep(thresholds, Layer.HEURISTIC, r -> r.item().channel() == channel);
  }

  /** As {@link #heuristicSweep} for the similarity layer's cosine threshold. */
  public List<double[]> similaritySweep(double[] thresholds) {
    return sweep(thresholds, Layer.SIMILARITY, r -> true);
  }

  /** As {@link #heuristicSweep} for the directive layer's score threshold. */
  public List<double[]> directiveSweep(double[] thresholds) {
    return sweep(thresholds, Layer.DIRECTIVE, r -> true);
  }

  /**
   * As {@link #heuristicSweep} for the document classifier's threshold (its veto unchanged: the
   * layers it overruled stay overruled).
   */
  public List<double[]> classifierSweep(double[] thresholds) {
    return sweep(thresholds, Layer.CLASSIFIER, r -> true);
  }

  private List<double[]> sweep(double[] thresholds, Layer layer, Predicate<ItemResult> varied) {
    List<double[]> rows = new ArrayList<>();
    for (double t : thresholds) {
      long tp = 0;
      long pos = 0;
      long fp = 0;
      long neg = 0;
      for (ItemResult r : results) {
        Set<Layer> others = EnumSet.noneOf(Layer.class);
        others.addAll(r.screening().fired());
        others.remove(layer);
        double s = r.screening().score(layer);
        boolean mayFire = !(Guard.VETOED.contains(layer) && vetoed(r));
        boolean detected =
            varied.test(r)
                ? !others.isEmpty() || (mayFire && s > 0 && s >= t)
                : r.screening().detected();
        if (r.item().attack()) {
          pos++;
          tp += detected ? 1 : 0;
        } else {
          neg++;
          fp += detected ? 1 : 0;
        }
      }
      rows.add(new double[] {t, pos == 0 ? 0 : tp / (double) pos, neg == 0 ? 0 : fp / (double) neg});
    }
    return rows;
  }

  /** Whether the document classifier ran on the item and was below its veto. */
  private boolean vetoed(ItemResult r) {
    Screening screening = r.screening();
    return screening.ran(Layer.CLASSIFIER) && screening.score(Layer.CLASSIFIER) < classifierVeto;
  }

  private Interval rate(boolean attacks, Predicate<ItemResult> counted) {
    return rate(attacks, counted, r -> true);
  }

  private Interval rate(boolean attacks, Predicate<ItemResult> counted, Predicate<ItemResult> among) {
    long n = 0;
    long k = 0;
    for (ItemResult r : results) {
      if (r.item().attack() == attacks && among.test(r)) {
        n++;
        k += counted.test(r) ? 1 : 0;
      }
    }
    return Interval.wilson(k, n);
  }
}
