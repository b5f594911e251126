package dev.versus.gateway;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The routing policies a route can name in its {@code policy} field. */
public enum PolicyKind {
  /** Always the first backend of {@code backends} (or the only rule). */
  SINGLE,
  /** Weighted A/B split, optionally sticky by a header. */
  SPLIT,
  /** Ordered rules on the prompt, with a fallback list. */
  HYBRID,
  /** The backend with the lowest in-flight load relative to its cap. */
  LEAST_BUSY,
  /** The backend with the lowest moving-median latency. */
  LOWEST_LATENCY,
  /** The cheap backend first; the next one when the answer fails the acceptance check. */
  CASCADE;

  /** The YAML name, e.g. {@code least-busy}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a YAML name; the message lists the valid ones. */
  public static PolicyKind fromYaml(String name) {
    for (PolicyKind kind : values()) {
      if (kind.yamlName().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown policy '"
            + name
            + "' (expected one of "
            + Arrays.stream(values()).map(PolicyKind::yamlName).collect(Collectors.joining(", "))
            + ")");
  }
}
