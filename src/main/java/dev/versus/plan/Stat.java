package dev.versus.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A statistic of a distribution, written after the metric: {@code flash.ttft.p50}. */
public enum Stat {
  P50,
  P90,
  P95,
  P99,
  /** The 99.9th percentile, written {@code p999}. */
  P999,
  MEAN,
  STDDEV,
  MIN,
  MAX,
  /** The metric is a single value with no statistic. */
  NONE;

  /** The name used in claims, e.g. {@code "p99"}; empty for {@link #NONE}. */
  public String wireName() {
    return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
  }

  /** Parses a claim's statistic name. */
  public static Optional<Stat> fromWire(String name) {
    return Arrays.stream(values())
        .filter(s -> s != NONE && s.wireName().equals(name))
        .findFirst();
  }
}
