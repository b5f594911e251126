package dev.versus.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one model of a bench ran.
 *
 * @param target the model
 * @param levels the levels run, in the order run
 * @param searched whether a saturation search ran to its end (plan {@link LoadPlan.FindMax}, not
 *     interrupted)
 * @param kneeIndex position in {@code levels} of the highest sustainable level, -1 when none was
 *     found or nothing was searched
 * @param saturated whether the search found a failing level above the knee (false: the knee may be
 *     higher than the search's maximum)
 */
public record ModelOutcome(
    BenchTarget target,
    List<LevelOutcome> levels,
    boolean searched,
    int kneeIndex,
    boolean saturated) {
  public ModelOutcome {
    Objects.requireNonNull(target, "target");
    levels = List.copyOf(levels);
    if (kneeIndex < -1 || kneeIndex >= levels.size() || (!searched && kneeIndex != -1)) {
      throw new IllegalArgumentException("kneeIndex out of range: " + kneeIndex);
    }
  }

  /** The knee: the highest sustainable level found by the search, if any. */
  public Optional<LevelOutcome> knee() {
    return kneeIndex < 0 ? Optional.empty() : Optional.of(levels.get(kneeIndex));
  }
}
