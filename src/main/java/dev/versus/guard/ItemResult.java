package dev.versus.guard;

import java.util.Objects;

/** One labelled text with the guard's screening of it. */
public record ItemResult(LabelledText item, Screening screening) {
  public ItemResult {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(screening, "screening");
  }

  /** Whether the guard got this item right (attack detected, benign not). */
  public boolean correct() {
    return item.attack() == screening.detected();
  }
}
