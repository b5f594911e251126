package dev.versus.guard;

import java.util.List;

/** Which part of a labelled set to use: tuning (even indices), held-out (odd) or all. */
public enum Split {
  ALL,
  /** Even indices within each source: the half used to tune weights and thresholds. */
  EVEN,
  /** Odd indices within each source: the held-out half the figures are reported on. */
  ODD;

  public List<LabelledText> select(List<LabelledText> items) {
    return switch (this) {
      case ALL -> List.copyOf(items);
      case EVEN -> items.stream().filter(t -> t.index() % 2 == 0).toList();
      case ODD -> items.stream().filter(t -> t.index() % 2 == 1).toList();
    };
  }
}
