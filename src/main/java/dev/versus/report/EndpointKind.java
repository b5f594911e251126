package dev.versus.report;

import java.util.Locale;

/** Where a model's figures came from: the built-in simulator or a real service. */
public enum EndpointKind {
  /** The in-process or standalone simulator: figures follow its profile, not a real service. */
  SIMULATED,
  /** A real endpoint (a hosted API or a self-hosted server). */
  REAL;

  /** The lower-case name used in JSON and CSV, e.g. {@code "simulated"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
