package dev.versus.guard;

import java.util.Objects;

/**
 * What one layer found in one text.
 *
 * @param layer the layer
 * @param score in [0, 1]; 0 means nothing found
 * @param reason short human-readable explanation (feature or rule names), empty when score is 0
 */
public record LayerScore(Layer layer, double score, String reason) {
  public LayerScore {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(reason, "reason");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }

  /** A layer that found nothing. */
  static LayerScore clean(Layer layer) {
    return new LayerScore(layer, 0.0, "");
  }
}
