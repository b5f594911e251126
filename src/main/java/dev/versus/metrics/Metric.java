package dev.versus.metrics;

import java.util.Locale;

/** A latency metric kept as a histogram (DESIGN §5 gives the definitions). */
public enum Metric {
  /** Time to first token: first output-carrying event (content or reasoning) − actual send. */
  TTFT,
  /**
   * Time to first answer token: first content event − actual send (differs when reasoning leads).
   */
  TTFAT,
  /** Inter-token latency: each gap between consecutive output-carrying events. */
  ITL,
  /** Time per output token: (E2E − TTFT) / (output tokens − 1), per request. */
  TPOT,
  /** End to end: last byte − actual send. */
  E2E,
  /** Last byte − intended send: includes any delay in sending (no coordinated omission). */
  SCHEDULE_LATENCY;

  /** The snake_case name used in JSON, interval-log tags and reports, e.g. {@code "ttft"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #wireName()}. */
  public static Metric fromWire(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
