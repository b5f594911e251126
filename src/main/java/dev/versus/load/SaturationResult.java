package dev.versus.load;

import java.util.List;
import java.util.Optional;

/**
 * What the saturation search found.
 *
 * @param levels every level run, in the order run
 * @param kneeIndex position in {@code levels} of the highest sustainable level, -1 when even the
 *     lowest failed
 * @param saturated whether a failing level was found above the knee; false means the search hit its
 *     maximum (or its run budget) while still passing, so the true knee may be higher
 */
public record SaturationResult(List<LevelResult> levels, int kneeIndex, boolean saturated) {
  public SaturationResult {
    levels = List.copyOf(levels);
    if (kneeIndex < -1 || kneeIndex >= levels.size()) {
      throw new IllegalArgumentException("kneeIndex out of range: " + kneeIndex);
    }
  }

  /** The highest sustainable level, if any level was sustainable. */
  public Optional<LevelResult> knee() {
    return kneeIndex < 0 ? Optional.empty() : Optional.of(levels.get(kneeIndex));
  }
}
