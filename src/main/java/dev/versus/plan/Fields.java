package dev.versus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ConfigDocument;
import dev.versus.core.ConfigException;
import dev.versus.core.Quantities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to the fields of a YAML map; every error names the file, line and field path and
 * says what was expected. {@code parent} is a map node, {@code path} its path, {@code key} the field.
 */
final class Fields {
  private final ConfigDocument doc;

  Fields(ConfigDocument doc) {
    this.doc = doc;
  }

  ConfigException error(String path, String message) {
    return doc.error(path, message);
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Checks that {@code node} is a map whose keys are all in {@code allowed}. */
  void keys(JsonNode node, String path, Set<String> allowed) {
    if (!node.isObject()) {
      throw doc.error(path, "expected a map with keys " + String.join(", ", new TreeSet<>(allowed))
          + ", got " + kind(node));
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String hint = !kebab.equals(name) && allowed.contains(kebab)
            ? " (keys are kebab-case: write " + kebab + ")"
            : Suggest.hint(name, allowed)
                + " (expected one of " + String.join(", ", new TreeSet<>(allowed)) + ")";
        throw doc.error(child(path, name), "unknown key" + hint);
      }
    });
  }

  String text(JsonNode parent, String path, String key, String fallback) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isValueNode()) {
      throw doc.error(child(path, key), "expected a text value, got " + kind(v));
    }
    return v.asText();
  }

  String required(JsonNode parent, String path, String key, String what) {
    String value = text(parent, path, key, "");
    if (value.isBlank()) {
      throw doc.error(parent.has(key) ? child(path, key) : path, key + " is required: " + what);
    }
    return value;
  }

  long integer(JsonNode parent, String path, String key, long fallback, long min, long max) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    return integer(v, child(path, key), min, max);
  }

  long integer(JsonNode v, String path, long min, long max) {
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw doc.error(path, "expected a whole number from " + min + " to " + max + ", got " + shown(v));
    }
    long value = v.asLong();
    if (value < min || value > max) {
      throw doc.error(path, "expected a whole number from " + min + " to " + max + ", got " + value);
    }
    return value;
  }

  double decimal(JsonNode parent, String path, String key, double fallback, double min, double max) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    return decimal(v, child(path, key), min, max);
  }

  double decimal(JsonNode v, String path, double min, double max) {
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw doc.error(path, "expected a number, got " + shown(v));
    }
    double value = v.asDouble();
    if (value < min || value > max) {
      throw doc.error(path, "expected a number from " + Numbers.plain(min) + " to "
          + Numbers.plain(max) + ", got " + Numbers.plain(value));
    }
    return value;
  }

  boolean bool(JsonNode parent, String path, String key, boolean fallback) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw doc.error(child(path, key), "expected true or false, got " + shown(v));
    }
    return v.asBoolean();
  }

  Duration duration(JsonNode parent, String path, String key, Duration fallback) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isValueNode()) {
      throw doc.error(child(path, key), "expected a duration such as 60s, got " + kind(v));
    }
    try {
      return Quantities.duration(v.asText());
    } catch (IllegalArgumentException e) {
      throw doc.error(child(path, key), e.getMessage());
    }
  }

  /** A list of texts; a single text is a list of one. */
  List<String> texts(JsonNode parent, String path, String key, String what) {
    JsonNode v = parent.get(key);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isValueNode()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw doc.error(child(path, key), "expected a list, got " + kind(v));
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isValueNode() || item.asText().isBlank()) {
        throw doc.error(child(path, key) + "[" + i + "]", "expected " + what + ", got " + shown(item));
      }
      out.add(item.asText());
    }
    return out;
  }

  static String kind(JsonNode v) {
    if (v.isObject()) {
      return "a map";
    }
    if (v.isArray()) {
      return "a list";
    }
    return shown(v);
  }

  static String shown(JsonNode v) {
    if (v.isObject() || v.isArray()) {
      return kind(v);
    }
    return v.isTextual() ? "'" + v.asText() + "'" : v.asText();
  }
}
