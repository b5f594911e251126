package dev.versus.store;

import java.util.Locale;

/** The life-cycle state of a run; stored as its {@link #wireName()}. */
public enum RunStatus {
  /** Started and not yet finished (or the process died without saying so). */
  RUNNING,
  /** Finished normally. */
  COMPLETED,
  /** Stopped by an unexpected failure. */
  FAILED,
  /** Stopped early by the user (Ctrl-C) or a limit; its records so far are kept. */
  INTERRUPTED;

  /** The lower-case name stored in the database, e.g. {@code "completed"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the run has ended. */
  public boolean terminal() {
    return this != RUNNING;
  }

  static RunStatus fromWire(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
