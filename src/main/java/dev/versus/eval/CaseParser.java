package dev.versus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.Message;
import dev.versus.core.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one JSON object of a suite file into an {@link EvalCase}, with messages that name the
 * file, line and field for anything wrong.
 */
final class CaseParser {
  static final Set<String> FIELDS = Set.of("id", "prompt", "messages", "expected", "scorer",
      "options", "lang", "tags", "system", "variables", "vars", "metadata");

  private final Scorers scorers;
  private final String defaultScorer;
  private final String defaultLanguage;
  private final Map<String, String> judgeDefaults;

  CaseParser(Scorers scorers, String defaultScorer, String defaultLanguage) {
    this(scorers, defaultScorer, defaultLanguage, Map.of());
  }

  /**
   * With {@code judgeDefaults}: options ({@code judge}, {@code rubric}) that every {@code
   * llm-judge} case takes from the suite file unless it sets its own.
   */
  CaseParser(Scorers scorers, String defaultScorer, String defaultLanguage,
      Map<String, String> judgeDefaults) {
    this.scorers = scorers;
    this.defaultScorer = defaultScorer;
    this.defaultLanguage = defaultLanguage;
    this.judgeDefaults = Map.copyOf(judgeDefaults);
  }

  EvalCase parse(JsonNode node, String file, int line) {
    String at = file + ":" + line + ": ";
    if (!node.isObject()) {
      throw new EvalException(at + "expected a JSON object (one case), got " + kind(node));
    }
    for (var field : node.properties()) {
      if (!FIELDS.contains(field.getKey())) {
        throw new EvalException(at + "unknown field '" + field.getKey() + "', expected one of "
            + String.join(", ", new java.util.TreeSet<>(FIELDS)));
      }
    }
    String id = text(node, "id", at, true);
    List<Message> messages = new ArrayList<>();
    if (node.has("system")) {
      messages.add(Message.system(text(node, "system", at, true)));
    }
    if (node.has("prompt") == node.has("messages")) {
      throw new EvalException(at + "field 'prompt' or 'messages': expected exactly one of them");
    }
    if (node.has("prompt")) {
      messages.add(Message.user(text(node, "prompt", at, true)));
    } else {
      messages.addAll(messages(node.get("messages"), at));
    }
    List<String> expected = strings(node, "expected", at, true);
    String scorer = node.has("scorer") ? text(node, "scorer", at, true) : defaultScorer;
    if (scorer.isEmpty()) {
      throw new EvalException(at + "field 'scorer': missing, and the suite has no default scorer;"
          + " expected one of " + String.join(", ", scorers.names()));
    }
    Scorer s = scorers.find(scorer).orElseThrow(
        () -> new EvalException(at + "field 'scorer': " + scorers.unknown(scorer)));
    ScorerOptions options = ScorerOptions.empty();
    if (node.has("options")) {
      if (!node.get("options").isObject()) {
        throw new EvalException(at + "field 'options': expected an object, got "
            + kind(node.get("options")));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = JsonExtraction.MAPPER.convertValue(node.get("options"), Map.class);
      options = ScorerOptions.of(map);
    }
    if (scorer.equals(ModelJudge.SCORER)) {
      for (var d : judgeDefaults.entrySet()) {
        if (options.raw(d.getKey()).isEmpty()) {
          options = options.with(d.getKey(), d.getValue());
        }
      }
    }
    String lang = node.has("lang") ? text(node, "lang", at, true) : defaultLanguage;
    Map<String, String> vars = stringMap(node, node.has("vars") ? "vars" : "variables", at);
    EvalCase c = new EvalCase(id, messages, vars, expected, scorer, options, lang,
        strings(node, "tags", at, false), stringMap(node, "metadata", at));
    try {
      s.validate(c);
    } catch (EvalException e) {
      throw new EvalException(at + e.getMessage(), e);
    }
    return c;
  }

  private static List<Message> messages(JsonNode node, String at) {
    if (!node.isArray() || node.isEmpty()) {
      throw new EvalException(at + "field 'messages': expected a non-empty list of"
          + " {\"role\", \"content\"}, got " + kind(node));
    }
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode m = node.get(i);
      String where = "field 'messages[" + i + "]'";
      if (!m.isObject() || !m.path("role").isTextual() || !m.path("content").isTextual()) {
        throw new EvalException(at + where + ": expected {\"role\": \"system|user|assistant\","
            + " \"content\": \"...\"}, got " + m);
      }
      try {
        out.add(new Message(Role.fromWire(m.get("role").textValue()), m.get("content").textValue()));
      } catch (IllegalArgumentException e) {
        throw new EvalException(at + where + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field, String at, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new EvalException(at + "field '" + field + "': missing, expected a string");
      }
      return "";
    }
    if (!v.isTextual() || v.textValue().isBlank()) {
      throw new EvalException(at + "field '" + field + "': expected a non-empty string, got "
          + kind(v));
    }
    return v.textValue();
  }

  /** A string, a number or a list of them; absent means an empty list. */
  private static List<String> strings(JsonNode node, String field, String at, boolean numbersOk) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.isTextual() || (numbersOk && v.isNumber())) {
      return List.of(v.asText());
    }
    if (v.isArray()) {
      List<String> out = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isTextual() && !(numbersOk && item.isNumber())) {
          throw new EvalException(at + "field '" + field + "': expected a string or a list of"
              + " strings, got a list containing " + kind(item));
        }
        out.add(item.asText());
      }
      return out;
    }
    throw new EvalException(at + "field '" + field + "': expected a string or a list of strings,"
        + " got " + kind(v));
  }

  private static Map<String, String> stringMap(JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Map.of();
    }
    if (!v.isObject()) {
      throw new EvalException(at + "field '" + field + "': expected an object of strings, got "
          + kind(v));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : v.properties()) {
      if (e.getValue().isContainerNode()) {
        throw new EvalException(at + "field '" + field + "." + e.getKey()
            + "': expected a string, got " + kind(e.getValue()));
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case STRING -> "the string \"" + TextNormalizer.preview(v.textValue()) + "\"";
      case NUMBER -> "the number " + v;
      case BOOLEAN -> v.toString();
      case NULL, MISSING -> "nothing";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
