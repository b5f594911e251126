package dev.versus.report;

import java.util.Locale;

/** How load was applied at a level: a closed loop at fixed concurrency or an open loop at a rate. */
public enum LoadKind {
  /** Closed loop: N requests in flight. */
  CONCURRENCY,
  /** Open loop: R requests per second arriving on a schedule. */
  RATE;

  /** The lower-case name used in JSON and CSV. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
