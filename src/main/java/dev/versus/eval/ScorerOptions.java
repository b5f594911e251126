package dev.versus.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Options of a scorer for one case, as plain values read from JSON or YAML (strings, numbers,
 * booleans, lists and maps). Typed accessors report a wrong type as an {@link EvalException}.
 */
public record ScorerOptions(Map<String, Object> values) {
  private static final ScorerOptions EMPTY = new ScorerOptions(Map.of());

  public ScorerOptions {
    values = freezeMap(values);
  }

  /** Deep, null-tolerant read-only copy: JSON options may hold nested lists, maps and nulls. */
  private static Map<String, Object> freezeMap(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object freeze(Object v) {
    if (v instanceof Map<?, ?> m) {
      return freezeMap(m);
    }
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(x -> copy.add(freeze(x)));
      return Collections.unmodifiableList(copy);
    }
    return v;
  }

  public static ScorerOptions empty() {
    return EMPTY;
  }

  public static ScorerOptions of(Map<String, ?> values) {
    return new ScorerOptions(new LinkedHashMap<>(values));
  }

  /** A copy with one more option. */
  public ScorerOptions with(String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(key, value);
    return new ScorerOptions(copy);
  }

  public Optional<Object> raw(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public Optional<String> string(String key) {
    return raw(key).map(Object::toString);
  }

  public double doubleOr(String key, double fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new EvalException("option '" + key + "' must be a number, got '" + v + "'");
    }
  }

  public boolean booleanOr(String key, boolean fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    return switch (v.toString().trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new EvalException("option '" + key + "' must be true or false, got '" + v + "'");
    };
  }

  /** A list of strings; a single string counts as a list of one. */
  public List<String> stringList(String key) {
    Object v = values.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (Object o : list) {
        out.add(String.valueOf(o));
      }
      return List.copyOf(out);
    }
    return List.of(v.toString());
  }
}
