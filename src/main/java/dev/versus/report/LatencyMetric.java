package dev.versus.report;

import java.util.Locale;

/** The latency distributions kept per model and level (DESIGN §5 gives the definitions). */
public enum LatencyMetric {
  /** Time to first token. */
  TTFT,
  /** Inter-token latency: gaps between output-carrying events. */
  ITL,
  /** Time per output token after the first, per request. */
  TPOT,
  /** End-to-end request latency. */
  E2E;

  /** The lower-case name used in JSON and CSV, e.g. {@code "ttft"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
