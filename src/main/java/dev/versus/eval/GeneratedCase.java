package dev.versus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of a built-in suite, in the same shape as a line of {@code /suites/NAME.jsonl}.
 *
 * <p>{@code system} is empty when the case has no system prompt. {@code expected} is a JSON string
 * or a JSON array of strings (empty for {@code canary} / {@code injection}, whose options carry the
 * canary and the marker; for {@code matrix} the string is the JSON text of the rows). {@code options}
 * is a JSON object of scorer options (possibly empty). Tags are plain strings; structured tags read {@code key:value}
 * (for example {@code variant:chunked}, {@code chunk:3}, {@code of:8}).
 *
 * @param lang ISO 639-1 code of the prompt's language ({@code es} or {@code en})
 */
public record GeneratedCase(
    String id,
    String system,
    String prompt,
    JsonNode expected,
    String scorer,
    JsonNode options,
    String lang,
    List<String> tags) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public GeneratedCase {
    requireText(id, "id");
    Objects.requireNonNull(system, "system");
    requireText(prompt, "prompt");
    Objects.requireNonNull(expected, "expected");
    requireText(scorer, "scorer");
    Objects.requireNonNull(options, "options");
    requireText(lang, "lang");
    if (!options.isObject()) {
      throw new IllegalArgumentException("case " + id + ": options must be a JSON object");
    }
    expected = expected.deepCopy();
    options = options.deepCopy();
    tags = List.copyOf(tags);
  }

  /** The expected answer; a copy, so callers cannot change this case. */
  @Override
  public JsonNode expected() {
    return expected.deepCopy();
  }

  /** The scorer options; a copy, so callers cannot change this case. */
  @Override
  public JsonNode options() {
    return options.deepCopy();
  }

  /** The value of the first tag {@code key:value} with this key, or empty. */
  public Optional<String> tag(String key) {
    String prefix = key + ":";
    return tags.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).findFirst();
  }

  /** This case as one JSONL line of the built-in suite format (no trailing newline). */
  public String toJsonLine() {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    node.put("prompt", prompt);
    if (!system.isEmpty()) {
      node.put("system", system);
    }
    node.set("expected", expected.deepCopy());
    node.put("scorer", scorer);
    if (!options.isEmpty()) {
      node.set("options", options.deepCopy());
    }
    node.put("lang", lang);
    node.set("tags", JSON.valueToTree(tags));
    return node.toString();
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
