package dev.versus.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Typed reads of request fields. A field that is absent or JSON {@code null} is "not sent"; a field
 * of the wrong type or out of range throws {@link InvalidRequest} naming the field (by its wire
 * path, e.g. {@code generationConfig.maxOutputTokens}) and what was expected.
 */
final class JsonFields {
  private JsonFields() {}

  /** The field's value under any of its accepted names (Gemini takes camelCase and snake_case). */
  static Optional<JsonNode> find(ObjectNode object, String... names) {
    for (String name : names) {
      JsonNode value = object.get(name);
      if (value != null && !value.isNull()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  static JsonNode require(ObjectNode object, String path, String... names) {
    return find(object, names)
        .orElseThrow(
            () ->
                new InvalidRequest(
                    HttpError.ofParam(
                        HttpError.Kind.MISSING_PARAMETER,
                        path,
                        "Missing required parameter: '" + path + "'.")));
  }

  static Optional<String> string(ObjectNode object, String path, String... names) {
    return find(object, names).map(value -> asString(value, path));
  }

  static String asString(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw wrongType(path, "a string", value);
    }
    return value.textValue();
  }

  static boolean bool(ObjectNode object, String path, boolean otherwise, String... names) {
    Optional<JsonNode> value = find(object, names);
    if (value.isEmpty()) {
      return otherwise;
    }
    if (!value.get().isBoolean()) {
      throw wrongType(path, "a boolean", value.get());
    }
    return value.get().booleanValue();
  }

  /** An integer of at least {@code min}. */
  static OptionalInt integer(ObjectNode object, String path, int min, String... names) {
    Optional<JsonNode> found = find(object, names);
    if (found.isEmpty()) {
      return OptionalInt.empty();
    }
    JsonNode value = found.get();
    if (!value.isIntegralNumber()) {
      throw wrongType(path, "an integer", value);
    }
    if (!value.canConvertToInt() || value.intValue() < min) {
      throw outOfRange(path, "an integer of at least " + min, value);
    }
    return OptionalInt.of(value.intValue());
  }

  static OptionalLong longInteger(ObjectNode object, String path, String... names) {
    Optional<JsonNode> found = find(object, names);
    if (found.isEmpty()) {
      return OptionalLong.empty();
    }
    JsonNode value = found.get();
    if (!value.isIntegralNumber()) {
      throw wrongType(path, "an integer", value);
    }
    if (!value.canConvertToLong()) {
      throw outOfRange(path, "a 64-bit integer", value);
    }
    return OptionalLong.of(value.longValue());
  }

  /** A number in [min, max], or (min, max] when {@code minExclusive}. */
  static OptionalDouble number(
      ObjectNode object,
      String path,
      double min,
      boolean minExclusive,
      double max,
      String... names) {
    Optional<JsonNode> found = find(object, names);
    if (found.isEmpty()) {
      return OptionalDouble.empty();
    }
    JsonNode value = found.get();
    if (!value.isNumber()) {
      throw wrongType(path, "a number", value);
    }
    double number = value.doubleValue();
    boolean aboveMin = minExclusive ? number > min : number >= min;
    if (!aboveMin || !(number <= max)) {
      String range = (minExclusive ? "(" : "[") + plain(min) + ", " + plain(max) + "]";
      throw outOfRange(path, "a number in " + range, value);
    }
    return OptionalDouble.of(number);
  }

  /** A string or an array of strings (OpenAI's {@code stop}); empty when absent. */
  static List<String> stringOrStrings(ObjectNode object, String path, String... names) {
    Optional<JsonNode> found = find(object, names);
    if (found.isEmpty()) {
      return List.of();
    }
    JsonNode value = found.get();
    if (value.isTextual()) {
      return List.of(value.textValue());
    }
    if (!value.isArray()) {
      throw wrongType(path, "a string or an array of strings", value);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      out.add(asString(value.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  static ArrayNode array(JsonNode value, String path) {
    if (!(value instanceof ArrayNode array)) {
      throw wrongType(path, "an array", value);
    }
    return array;
  }

  static ObjectNode object(JsonNode value, String path) {
    if (!(value instanceof ObjectNode object)) {
      throw wrongType(path, "an object", value);
    }
    return object;
  }

  static InvalidRequest wrongType(String path, String expected, JsonNode actual) {
    return new InvalidRequest(
        HttpError.ofParam(
            HttpError.Kind.INVALID_TYPE,
            path,
            "Invalid type for '"
                + path
                + "': expected "
                + expected
                + ", but got "
                + describe(actual)
                + " instead."));
  }

  static InvalidRequest outOfRange(String path, String expected, JsonNode actual) {
    return invalidValue(
        path, "Invalid value for '" + path + "': expected " + expected + ", got " + actual + ".");
  }

  static InvalidRequest invalidValue(String path, String message) {
    return new InvalidRequest(HttpError.ofParam(HttpError.Kind.INVALID_VALUE, path, message));
  }

  /** "a string", "an integer"… for messages. */
  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> node.isIntegralNumber() ? "an integer" : "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
