package dev.versus.load;

import java.util.List;
import java.util.Objects;

/** Which load levels a bench runs: a fixed list (a sweep) or a saturation search per model. */
public sealed interface LoadPlan {

  /** Every level for every model, in {@code order}. */
  record Levels(List<LoadModel> levels, Comparison.Order order) implements LoadPlan {
    public Levels {
      levels = List.copyOf(levels);
      Objects.requireNonNull(order, "order");
      if (levels.isEmpty()) {
        throw new IllegalArgumentException("a sweep needs at least one load level");
      }
    }
  }

  /** A saturation search along {@code axis} for each model in turn (see {@link SaturationSearch}). */
  record FindMax(SearchAxis axis, SaturationCriteria criteria) implements LoadPlan {
    public FindMax {
      Objects.requireNonNull(axis, "axis");
      Objects.requireNonNull(criteria, "criteria");
    }
  }
}
