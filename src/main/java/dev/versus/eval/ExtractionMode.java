package dev.versus.eval;

import java.util.Locale;

/**
 * How a scorer finds the answer in a response: {@code STRICT} only in an explicit format ({@code
 * #### 42}, {@code Answer: 42}, {@code Respuesta: 42}, {@code \boxed{42}}), {@code FLEXIBLE} the
 * last number anywhere, {@code AUTO} strict first and flexible when no explicit answer is found.
 */
public enum ExtractionMode {
  STRICT,
  FLEXIBLE,
  AUTO;

  /** Parses {@code strict}, {@code flexible} or {@code auto}. */
  public static ExtractionMode parse(String name) {
    for (ExtractionMode m : values()) {
      if (m.name().equalsIgnoreCase(name.trim())) {
        return m;
      }
    }
    throw new EvalException(
        "unknown extraction mode '" + name + "', expected one of strict, flexible, auto");
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
