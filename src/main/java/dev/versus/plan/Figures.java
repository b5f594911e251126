package dev.versus.plan;

import java.util.Objects;

/**
 * The measured figures claims are judged on, looked up by name. Implemented from bench and eval
 * results; must answer for every metric of {@link MetricCatalog#standard()}, with {@link
 * Lookup.Missing} and a reason when a figure was not measured. Lookups must be cheap and pure.
 */
public interface Figures {

  /** The figure {@code ref} names; {@code ref.selector()} is already resolved to a level or the run. */
  Lookup lookup(FigureRef ref);

  /** A figure, or why there is none. */
  sealed interface Lookup {
    /** The figure was measured. */
    record Found(Measured measured) implements Lookup {
      public Found {
        Objects.requireNonNull(measured, "measured");
      }
    }

    /** Not measured; {@code reason} says why, e.g. "no load level c=512 in this run". */
    record Missing(String reason) implements Lookup {
      public Missing {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }
}
