package dev.versus.guard;

import java.util.List;
import java.util.Objects;

/**
 * The guard's verdict on one text together with every layer's score (for logs and evaluation).
 *
 * @param verdict what to do with the text
 * @param scores one entry per layer that ran, in the order they ran
 * @param fired the detection layers whose score reached their threshold
 */
public record Screening(GuardVerdict verdict, List<LayerScore> scores, List<Layer> fired) {
  public Screening {
    Objects.requireNonNull(verdict, "verdict");
    scores = List.copyOf(scores);
    fired = List.copyOf(fired);
  }

  /** Whether any detection layer (rules, heuristic, similarity, invisible, canary) fired. */
  public boolean detected() {
    return !fired.isEmpty();
  }

  /** Whether a layer ran on this text. */
  public boolean ran(Layer layer) {
    return scores.stream().anyMatch(s -> s.layer() == layer);
  }

  /** The score a layer gave, 0 if it did not run. */
  public double score(Layer layer) {
    return scores.stream().filter(s -> s.layer() == layer).mapToDouble(LayerScore::score).max().orElse(0);
  }
}
