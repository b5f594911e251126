package dev.versus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small subset of JSON Schema, written here rather than taken from a library: {@code type}
 * (one or a list of object, array, string, number, integer, boolean, null), {@code required},
 * {@code properties}, {@code additionalProperties: false}, {@code items}, {@code enum}, {@code
 * const}, {@code minItems}/{@code maxItems}, {@code minimum}/{@code maximum}. Other keywords are
 * ignored.
 */
final class JsonSchemaCheck {
  private JsonSchemaCheck() {}

  /** The violations of {@code schema} by {@code value}, each naming its JSON path; empty if valid. */
  static List<String> violations(JsonNode value, JsonNode schema) {
    List<String> out = new ArrayList<>();
    check(value, schema, "$", out);
    return out;
  }

  private static void check(JsonNode v, JsonNode s, String path, List<String> out) {
    if (!s.isObject()) {
      return;
    }
    JsonNode type = s.get("type");
    if (type != null && !typeMatches(v, type)) {
      out.add(path + ": expected type " + type + ", got " + typeName(v));
      return;
    }
    JsonNode en = s.get("enum");
    if (en != null && en.isArray()) {
      boolean found = false;
      for (JsonNode option : en) {
        found |= option.equals(v);
      }
      if (!found) {
        out.add(path + ": " + v + " is not one of " + en);
      }
    }
    if (s.has("const") && !s.get("const").equals(v)) {
      out.add(path + ": expected " + s.get("const") + ", got " + v);
    }
    if (v.isNumber()) {
      if (s.has("minimum") && v.doubleValue() < s.get("minimum").doubleValue()) {
        out.add(path + ": " + v + " is below minimum " + s.get("minimum"));
      }
      if (s.has("maximum") && v.doubleValue() > s.get("maximum").doubleValue()) {
        out.add(path + ": " + v + " is above maximum " + s.get("maximum"));
      }
    }
    if (v.isObject()) {
      checkObject(v, s, path, out);
    }
    if (v.isArray()) {
      if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
        out.add(path + ": fewer than " + s.get("minItems") + " items");
      }
      if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
        out.add(path + ": more than " + s.get("maxItems") + " items");
      }
      JsonNode items = s.get("items");
      if (items != null) {
        for (int i = 0; i < v.size(); i++) {
          check(v.get(i), items, path + "[" + i + "]", out);
        }
      }
    }
  }

  private static void checkObject(JsonNode v, JsonNode s, String path, List<String> out) {
    JsonNode required = s.get("required");
    if (required != null && required.isArray()) {
      for (JsonNode r : required) {
        if (!v.has(r.asText())) {
          out.add(path + ": missing required property '" + r.asText() + "'");
        }
      }
    }
    JsonNode props = s.get("properties");
    boolean closed = s.has("additionalProperties") && s.get("additionalProperties").isBoolean()
        && !s.get("additionalProperties").booleanValue();
    for (Map.Entry<String, JsonNode> f : v.properties()) {
      JsonNode propSchema = props == null ? null : props.get(f.getKey());
      if (propSchema != null) {
        check(f.getValue(), propSchema, path + "." + f.getKey(), out);
      } else if (closed) {
        out.add(path + ": unexpected property '" + f.getKey() + "'");
      }
    }
  }

  private static boolean typeMatches(JsonNode v, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(v, t)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "number" -> v.isNumber();
      case "integer" ->
          v.isIntegralNumber() || (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue()));
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> true;
    };
  }

  private static String typeName(JsonNode v) {
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
