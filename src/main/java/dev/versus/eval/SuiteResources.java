package dev.versus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The hand-written built-in suites shipped in the jar under {@code /suites/NAME.jsonl}, with their
 * answer keys under {@code /suites/keys/NAME.jsonl}. Malformed lines throw IllegalStateException
 * naming the resource, the line and the field.
 */
public final class SuiteResources {

  /** Names of the suites stored as JSONL resources (the generated ones are not listed). */
  public static final List<String> NAMES =
      List.of("math-es", "nlu-es", "injection", "injection-benign", "consistency");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SuiteResources() {}

  /** The cases of one resource suite, in file order. */
  public static List<GeneratedCase> cases(String name) {
    return read("/suites/" + checked(name) + ".jsonl", SuiteResources::toCase);
  }

  /** The answer keys of one resource suite, in file order. */
  public static List<AnswerEntry> keys(String name) {
    return read("/suites/keys/" + checked(name) + ".jsonl", SuiteResources::toKey);
  }

  private static String checked(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("unknown built-in suite '" + name + "'; expected one of " + NAMES);
    }
    return name;
  }

  private static <T> List<T> read(String resource, BiFunction<JsonNode, String, T> parse) {
    InputStream in = SuiteResources.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, reader, parse);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }

  /** Parses suite cases from JSONL text; {@code source} names it in error messages. */
  static List<GeneratedCase> parseCases(String source, String jsonl) {
    try {
      return parse(source, new BufferedReader(new StringReader(jsonl)), SuiteResources::toCase);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> parse(String source, BufferedReader reader, BiFunction<JsonNode, String, T> parse)
      throws IOException {
    List<T> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String where = source + " line " + number;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(where + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
      }
      if (!node.isObject()) {
        throw new IllegalStateException(where + ": expected a JSON object per line");
      }
      try {
        out.add(parse.apply(node, where));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalStateException(where + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  private static GeneratedCase toCase(JsonNode n, String where) {
    List<String> tags = new ArrayList<>();
    JsonNode tagNode = n.path("tags");
    if (!tagNode.isArray()) {
      throw new IllegalArgumentException("field 'tags' must be an array of strings");
    }
    tagNode.forEach(t -> tags.add(t.asText()));
    JsonNode expected = n.get("expected");
    if (expected == null || !(expected.isTextual() || expected.isArray())) {
      throw new IllegalArgumentException("field 'expected' must be a string or an array");
    }
    return new GeneratedCase(text(n, "id"), n.path("system").asText(""), text(n, "prompt"), expected,
        text(n, "scorer"), n.has("options") ? n.get("options") : JsonNodeFactory.instance.objectNode(),
        text(n, "lang"), tags);
  }

  private static AnswerEntry toKey(JsonNode n, String where) {
    return new AnswerEntry(text(n, "id"), text(n, "suite"), text(n, "match"), text(n, "correct"),
        text(n, "wrong"), n.path("obey").asText(""), n.path("refuse").asText(""));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("field '" + field + "' must be a non-empty string");
    }
    return v.asText();
  }
}
