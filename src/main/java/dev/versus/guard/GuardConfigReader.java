package dev.versus.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps a guard YAML block onto {@link GuardConfig}, rejecting unknown keys by name. */
final class GuardConfigReader {
  private static final Set<String> TOP_KEYS = Set.of("input", "output", "embedding-model", "document-classifier");
  private static final Set<String> SIDE_KEYS =
      Set.of(
          "deny",
          "allow",
          "injection-threshold",
          "document-threshold",
          "similarity-threshold",
          "directive-threshold",
          "classifier-threshold",
          "classifier-veto",
          "action",
          "layers",
          "canary",
          "redact");

  private GuardConfigReader() {}

  static GuardConfig fromYaml(String yaml, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return GuardConfig.defaults();
    }
    if (root.isObject() && root.size() == 1 && root.has("guard")) {
      return read(root.get("guard"), source + ": guard");
    }
    return read(root, source);
  }

  static GuardConfig read(JsonNode node, String where) {
    requireObject(node, where);
    checkKeys(node, TOP_KEYS, where);
    SideConfig input = side(node.get("input"), SideConfig.inputDefaults(), where + ".input");
    SideConfig output = side(node.get("output"), SideConfig.outputDefaults(), where + ".output");
    EmbeddingModelSpec model = model(node.get("embedding-model"), where + ".embedding-model");
    Optional<Path> classifier =
        node.has("document-classifier")
            ? Optional.of(Path.of(text(node.get("document-classifier"), where + ".document-classifier")))
            : Optional.empty();
    return new GuardConfig(input, output, model, classifier);
  }

  private static SideConfig side(JsonNode node, SideConfig defaults, String where) {
    if (node == null || node.isNull()) {
      return defaults;
    }
    requireObject(node, where);
    checkKeys(node, SIDE_KEYS, where);
    List<Rule> deny = node.has("deny") ? rules(node.get("deny"), "deny", where) : defaults.deny();
    List<Rule> allow =
        node.has("allow") ? rules(node.get("allow"), "allow", where) : defaults.allow();
    double injection =
        number(node, "injection-threshold", defaults.injectionThreshold(), where);
    double document = number(node, "document-threshold", defaults.documentThreshold(), where);
    double similarity =
        number(node, "similarity-threshold", defaults.similarityThreshold(), where);
    double directive = number(node, "directive-threshold", defaults.directiveThreshold(), where);
    double classifier = number(node, "classifier-threshold", defaults.classifierThreshold(), where);
    double veto = number(node, "classifier-veto", defaults.classifierVeto(), where);
    Action action =
        node.has("action")
            ? wrap(where + ".action", () -> Action.fromId(text(node.get("action"), where)))
            : defaults.action();
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    if (node.has("layers")) {
      for (JsonNode item : list(node.get("layers"), where + ".layers")) {
        layers.add(wrap(where + ".layers", () -> Layer.fromId(text(item, where + ".layers"))));
      }
    } else {
      layers.addAll(defaults.layers());
    }
    Set<RedactKind> redact = EnumSet.noneOf(RedactKind.class);
    if (node.has("redact")) {
      for (JsonNode item : list(node.get("redact"), where + ".redact")) {
        redact.add(
            wrap(where + ".redact", () -> RedactKind.fromId(text(item, where + ".redact"))));
      }
      toggle(layers, Layer.REDACTION, !redact.isEmpty());
    } else {
      redact.addAll(defaults.redact());
    }
    if (node.has("canary")) {
      JsonNode canary = node.get("canary");
      if (!canary.isBoolean()) {
        throw new IllegalArgumentException(where + ".canary: expected true or false");
      }
      toggle(layers, Layer.CANARY, canary.booleanValue());
    }
    return wrap(
        where,
        () ->
            new SideConfig(
                deny,
                allow,
                injection,
                document,
                similarity,
                directive,
                classifier,
                veto,
                action,
                layers,
                redact));
  }

  private static List<Rule> rules(JsonNode node, String kind, String where) {
    List<Rule> rules = new ArrayList<>();
    int index = 0;
    for (JsonNode item : list(node, where + "." + kind)) {
      String at = where + "." + kind + "[" + index + "]";
      if (item.isTextual()) {
        String regex = item.asText();
        rules.add(wrap(at, () -> new Rule(kind + "[" + rules.size() + "]", regex)));
      } else if (item.isObject()) {
        checkKeys(item, Set.of("name", "pattern"), at);
        String name = text(item.get("name"), at + ".name");
        String regex = text(item.get("pattern"), at + ".pattern");
        rules.add(wrap(at, () -> new Rule(name, regex)));
      } else {
        throw new IllegalArgumentException(at + ": expected a regex or {name, pattern}");
      }
      index++;
    }
    return rules;
  }

  private static EmbeddingModelSpec model(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return new EmbeddingModelSpec.Packaged();
    }
    requireObject(node, where);
    checkKeys(node, Set.of("onnx", "tokenizer"), where);
    if (!node.has("onnx") || !node.has("tokenizer")) {
      throw new IllegalArgumentException(where + ": expected both 'onnx' and 'tokenizer' paths");
    }
    return new EmbeddingModelSpec.OnnxFiles(
        Path.of(text(node.get("onnx"), where + ".onnx")),
        Path.of(text(node.get("tokenizer"), where + ".tokenizer")));
  }

  private static void toggle(Set<Layer> layers, Layer layer, boolean on) {
    if (on) {
      layers.add(layer);
    } else {
      layers.remove(layer);
    }
  }

  private static double number(JsonNode node, String key, double fallback, String where) {
    if (!node.has(key)) {
      return fallback;
    }
    JsonNode value = node.get(key);
    if (!value.isNumber()) {
      throw new IllegalArgumentException(where + "." + key + ": expected a number in [0, 1]");
    }
    return value.doubleValue();
  }

  private static Iterable<JsonNode> list(JsonNode node, String where) {
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(where + ": expected a list");
    }
    return node;
  }

  private static String text(JsonNode node, String where) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      throw new IllegalArgumentException(where + ": expected a string");
    }
    return node.asText();
  }

  private static void requireObject(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": expected a mapping");
    }
  }

  private static void checkKeys(JsonNode node, Set<String> known, String where) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            where + ": unknown key '" + name + "', expected one of " + known.stream().sorted().toList());
      }
    }
  }

  private static <T> T wrap(String where, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(where)) {
        throw e;
      }
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }
}
