package dev.versus.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed YAML (or JSON) configuration file that remembers the line of every field, so that errors
 * found after parsing can still name the file, line and field. {@code ${VAR}} in string values is
 * replaced from the environment; a missing variable is an error at that field.
 *
 * <p>Variables are swapped for inert placeholders before parsing and resolved in the parsed
 * strings afterwards, so {@code ${KEY}} works inside YAML flow mappings ({@code { api-key: ${KEY}
 * }}) and a secret's characters can never change the YAML's structure.
 *
 * <p>Paths are written {@code routes[0].rules[1].use}.
 */
public final class ConfigDocument {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(YAML);
  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");
  private static final Pattern PLACEHOLDER = Pattern.compile("__VERSUS_ENV_(\\d+)__");

  private final String source;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private ConfigDocument(String source, JsonNode root, Map<String, Integer> lines) {
    this.source = source;
    this.root = root;
    this.lines = Map.copyOf(lines);
  }

  /** Reads and parses a file; {@code env} looks up variables (null when unset). */
  public static ConfigDocument read(Path file, UnaryOperator<String> env) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the file (" + e.getMessage() + ")", e);
    }
    return parse(file.toString(), text, env);
  }

  /** Parses text named {@code source} in messages; {@code env} looks up variables. */
  public static ConfigDocument parse(String source, String rawText, UnaryOperator<String> env) {
    List<Matcher> variables = new ArrayList<>();
    Matcher found = ENV.matcher(rawText);
    StringBuilder masked = new StringBuilder();
    while (found.find()) {
      variables.add(ENV.matcher(found.group()));
      found.appendReplacement(masked, "__VERSUS_ENV_" + (variables.size() - 1) + "__");
    }
    found.appendTail(masked);
    String text = masked.toString();
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      walk(parser, lines);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(
          source + ":" + line + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(source + ": cannot parse (" + e.getMessage() + ")", e);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new ConfigException(source + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      root = MAPPER.createObjectNode();
    }
    ConfigDocument doc = new ConfigDocument(source, root, lines);
    doc.substitute(root, "", variables, env);
    return doc;
  }

  /** The parsed tree, with variables substituted. */
  public JsonNode root() {
    return root;
  }

  /** The file name used in messages. */
  public String source() {
    return source;
  }

  /** The line of a path, or of its nearest ancestor that has one; 0 when unknown. */
  public int lineOf(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return 0;
  }

  /** An error at a path: {@code file:line: path: message}. */
  public ConfigException error(String path, String message) {
    return new ConfigException(
        source + ":" + lineOf(path) + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

  private void substitute(
      JsonNode node, String path, List<Matcher> variables, UnaryOperator<String> env) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getValue().isTextual()) {
          field.setValue(
              TextNode.valueOf(expand(field.getValue().asText(), childPath, variables, env)));
        } else {
          substitute(field.getValue(), childPath, variables, env);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String childPath = path + "[" + i + "]";
        JsonNode child = node.get(i);
        if (child.isTextual()) {
          ((ArrayNode) node)
              .set(i, TextNode.valueOf(expand(child.asText(), childPath, variables, env)));
        } else {
          substitute(child, childPath, variables, env);
        }
      }
    }
  }

  private String expand(
      String value, String path, List<Matcher> variables, UnaryOperator<String> env) {
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Matcher var = variables.get(Integer.parseInt(m.group(1)));
      var.reset();
      var.matches();
      String resolved = env.apply(var.group(1));
      if (resolved == null) {
        if (var.group(2) == null) {
          throw error(
              path,
              "environment variable "
                  + var.group(1)
                  + " is not set (write ${"
                  + var.group(1)
                  + ":-default} for a default)");
        }
        resolved = var.group(3);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(resolved));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Records the line of every field and array element by walking the token stream. */
  private static void walk(JsonParser parser, Map<String, Integer> lines) throws IOException {
    Deque<String> containers = new ArrayDeque<>(); // path of each open container
    Deque<int[]> indexes = new ArrayDeque<>(); // next index for arrays, null marker for objects
    String pendingField = null;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      int line = parser.currentTokenLocation().getLineNr();
      if (token == JsonToken.FIELD_NAME) {
        String parent = containers.isEmpty() ? "" : containers.peek();
        pendingField = parent.isEmpty() ? parser.currentName() : parent + "." + parser.currentName();
        lines.putIfAbsent(pendingField, line);
        continue;
      }
      String here;
      if (pendingField != null) {
        here = pendingField;
        pendingField = null;
      } else if (!indexes.isEmpty() && indexes.peek().length == 1) {
        here = containers.peek() + "[" + indexes.peek()[0]++ + "]";
        lines.putIfAbsent(here, line);
      } else {
        here = "";
      }
      if (token == JsonToken.START_OBJECT) {
        containers.push(here);
        indexes.push(new int[0]);
      } else if (token == JsonToken.START_ARRAY) {
        containers.push(here);
        indexes.push(new int[1]);
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        containers.pop();
        indexes.pop();
      }
    }
  }
}
