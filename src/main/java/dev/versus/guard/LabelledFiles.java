package dev.versus.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads labelled guard data: JSONL lines {@code {"text": ..., "label": "attack"|"benign"}}
 * (optional {@code "category"}, and {@code "channel": "prompt"|"document"}, default prompt) or
 * CSV {@code text,label} with an optional header row (all prompts). A JSONL line without a
 * category but with a {@code "lang"} is put in the category of its label and language ({@code
 * "attack en"}), so that reports break the rates down by language.
 */
public final class LabelledFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledFiles() {}

  /**
   * Reads a file by its extension ({@code .csv} is CSV, anything else JSONL).
   *
   * @throws IllegalArgumentException naming the file, line and field on bad input
   * @throws IOException when the file cannot be read
   */
  public static List<LabelledText> read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return name.endsWith(".csv") ? csv(file, lines) : jsonl(file, lines);
  }

  private static List<LabelledText> jsonl(Path file, List<String> lines) {
    List<LabelledText> out = new ArrayList<>();
    Map<String, Integer> perSource = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String at = file + ":" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(at + ": not a JSON object: " + e.getMessage(), e);
      }
      if (node == null || !node.isObject() || !node.path("text").isTextual()) {
        throw new IllegalArgumentException(at + ": expected {\"text\": string, \"label\": \"attack\"|\"benign\"}");
      }
      boolean attack = label(node.path("label").asText(""), at + ": field 'label'");
      String category = category(node, attack);
      Channel channel = channel(node.path("channel").asText("prompt"), at + ": field 'channel'");
      out.add(item(node.get("text").asText(), attack, category, perSource).as(channel));
    }
    return out;
  }

  /** The line's category; without one, its label and, when it has one, its language. */
  private static String category(JsonNode node, boolean attack) {
    if (node.path("category").isTextual()) {
      return node.get("category").asText();
    }
    String lang = node.path("lang").asText("").strip();
    return lang.isEmpty() ? label(attack) : label(attack) + " " + lang;
  }

  private static Channel channel(String value, String where) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "prompt" -> Channel.PROMPT;
      case "document" -> Channel.DOCUMENT;
      default -> throw new IllegalArgumentException(where + ": expected prompt or document, got '" + value + "'");
    };
  }

  private static List<LabelledText> csv(Path file, List<String> lines) {
    List<LabelledText> out = new ArrayList<>();
    Map<String, Integer> perSource = new HashMap<>();
    List<List<String>> rows = CsvRows.parse(String.join("\n", lines), file.toString());
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (i == 0 && row.size() >= 2 && row.get(0).equalsIgnoreCase("text") && row.get(1).equalsIgnoreCase("label")) {
        continue;
      }
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      String at = file + ": row " + (i + 1);
      if (row.size() < 2) {
        throw new IllegalArgumentException(at + ": expected two columns text,label");
      }
      boolean attack = label(row.get(1), at + ": column 'label'");
      String category = row.size() > 2 && !row.get(2).isBlank() ? row.get(2) : label(attack);
      out.add(item(row.get(0), attack, category, perSource));
    }
    return out;
  }

  private static LabelledText item(String text, boolean attack, String category, Map<String, Integer> perSource) {
    String source = label(attack);
    int index = perSource.merge(source, 1, Integer::sum) - 1;
    return new LabelledText(text, attack, source, category, index);
  }

  private static boolean label(String value, String where) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "attack", "1", "true", "injection", "jailbreak" -> true;
      case "benign", "0", "false", "safe" -> false;
      default -> throw new IllegalArgumentException(where + ": expected attack or benign, got '" + value + "'");
    };
  }

  private static String label(boolean attack) {
    return attack ? "attack" : "benign";
  }
}
