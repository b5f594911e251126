package dev.versus.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a Kustomize folder the way {@code kubectl kustomize} does, for the subset deploy/ uses:
 * {@code resources} (files or folders with their own kustomization.yaml) and {@code patches} by
 * {@code path} as strategic merges. Any other kustomization key is refused, so the manifests cannot
 * start relying on a feature this test would silently skip.
 *
 * <p>The merge: maps merge key by key; a list whose items are maps with a {@code name} merges item
 * by item on that name (containers, env, volumes, volumeMounts, ports); any other list is replaced.
 * Patches find their target by kind and metadata.name.
 */
final class Kustomize {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> KEYS = Set.of("apiVersion", "kind", "resources", "patches");

  private Kustomize() {}

  /** The objects a kustomization folder renders to, in resource order. */
  static List<ObjectNode> render(Path folder) {
    Path file = folder.resolve("kustomization.yaml");
    JsonNode k = read(file).getFirst();
    k.fieldNames().forEachRemaining(key -> {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(file + ": kustomization key '" + key
            + "' is not supported by this test's renderer (supported: " + KEYS + ")");
      }
    });
    List<ObjectNode> objects = new ArrayList<>();
    for (JsonNode resource : k.path("resources")) {
      Path path = folder.resolve(resource.asText()).normalize();
      if (Files.isDirectory(path)) {
        objects.addAll(render(path));
      } else {
        read(path).forEach(doc -> objects.add((ObjectNode) doc));
      }
    }
    for (JsonNode patch : k.path("patches")) {
      Path path = folder.resolve(patch.path("path").asText()).normalize();
      for (JsonNode doc : read(path)) {
        ObjectNode target = objects.stream()
            .filter(o -> o.path("kind").equals(doc.path("kind"))
                && o.path("metadata").path("name").equals(doc.path("metadata").path("name")))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(path + ": no resource "
                + doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText()
                + " to patch"));
        merge(target, (ObjectNode) doc);
      }
    }
    return objects;
  }

  /** Every YAML document in a file, skipping empty ones. */
  static List<JsonNode> read(Path file) {
    try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      List<JsonNode> out = new ArrayList<>();
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          out.add(doc);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  static void merge(ObjectNode target, ObjectNode patch) {
    for (Map.Entry<String, JsonNode> f : patch.properties()) {
      JsonNode current = target.get(f.getKey());
      JsonNode value = f.getValue();
      if (current instanceof ObjectNode c && value instanceof ObjectNode v) {
        merge(c, v);
      } else if (current instanceof ArrayNode c && value instanceof ArrayNode v && named(c) && named(v)) {
        mergeByName(c, v);
      } else {
        target.set(f.getKey(), value.deepCopy());
      }
    }
  }

  private static boolean named(ArrayNode list) {
    for (JsonNode item : list) {
      if (!item.isObject() || !item.path("name").isTextual()) {
        return false;
      }
    }
    return !list.isEmpty();
  }

  private static void mergeByName(ArrayNode target, ArrayNode patch) {
    for (JsonNode item : patch) {
      ObjectNode match = null;
      for (JsonNode existing : target) {
        if (existing.path("name").equals(item.path("name"))) {
          match = (ObjectNode) existing;
        }
      }
      if (match == null) {
        target.add(item.deepCopy());
      } else {
        merge(match, (ObjectNode) item);
      }
    }
  }
}
