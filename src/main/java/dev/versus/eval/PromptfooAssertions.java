package dev.versus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps promptfoo assertion types onto scorers: equals → exact, contains, icontains, not-contains,
 * not-icontains, regex, not-regex, starts-with, is-json and contains-json (value = optional
 * schema), similar (embedding, {@code threshold}, default 0.75), llm-rubric (the {@code llm-judge}
 * scorer with the value as its rubric; needs a judge model). Every other type (javascript,
 * python, model-graded-*, cost, latency, ...) is unsupported and reported by name.
 */
final class PromptfooAssertions {
  static final List<String> SUPPORTED = List.of("equals", "contains", "icontains", "not-contains",
      "not-icontains", "regex", "not-regex", "starts-with", "is-json", "contains-json", "similar",
      "llm-rubric");

  /** One assertion as a scorer name, expected answers and options. */
  record Mapped(String scorer, List<String> expected, Map<String, Object> options) {
    Map<String, Object> asOption() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scorer", scorer);
      m.put("expected", expected);
      m.put("options", options);
      return m;
    }
  }

  private PromptfooAssertions() {}

  /** The scorer for {@code assertion}, or empty when its type is not supported. */
  static Optional<Mapped> map(JsonNode assertion, Map<String, String> vars, String at) {
    String type = assertion.path("type").asText("");
    if (type.isEmpty()) {
      throw new EvalException(at + "field 'type': missing, expected an assertion type such as "
          + String.join(", ", SUPPORTED));
    }
    JsonNode valueNode = assertion.path("value");
    String value = valueNode.isValueNode() && !valueNode.isNull()
        ? EvalCase.render(valueNode.asText(), vars) : "";
    Map<String, Object> options = new LinkedHashMap<>();
    return switch (type) {
      case "equals" -> Optional.of(new Mapped("exact", List.of(value), options));
      case "contains", "icontains", "not-contains", "not-icontains" ->
          Optional.of(new Mapped(type, List.of(needValue(value, type, at)), options));
      case "regex" -> Optional.of(new Mapped("regex", List.of(needValue(value, type, at)), options));
      case "not-regex" -> {
        options.put("negate", true);
        yield Optional.of(new Mapped("regex", List.of(needValue(value, type, at)), options));
      }
      case "starts-with" -> Optional.of(new Mapped("regex",
          List.of("^\\s*" + Pattern.quote(needValue(value, type, at))), options));
      case "is-json", "contains-json" -> {
        if (valueNode.isObject()) {
          options.put("schema", JsonExtraction.MAPPER.convertValue(valueNode, Map.class));
        }
        yield Optional.of(new Mapped(type, List.of(), options));
      }
      case "llm-rubric" -> {
        options.put("rubric", needValue(value, type, at));
        if (assertion.has("threshold")) {
          options.put("threshold", assertion.path("threshold").asDouble());
        }
        yield Optional.of(new Mapped(ModelJudge.SCORER, List.of(), options));
      }
      case "similar" -> {
        options.put("threshold", assertion.path("threshold").asDouble(0.75));
        yield Optional.of(new Mapped("similar", List.of(needValue(value, type, at)), options));
      }
      default -> Optional.empty();
    };
  }

  private static String needValue(String value, String type, String at) {
    if (value.isEmpty()) {
      throw new EvalException(at + "field 'value': assertion '" + type + "' needs a value");
    }
    return value;
  }
}
