package dev.versus.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;

/**
 * Turns rendered manifests into fabric8's Kubernetes model classes, strictly: a misspelt or
 * misplaced field fails. fabric8 classes keep unknown fields in an {@code additionalProperties}
 * map (a Jackson any-setter), which would accept anything; the mapper here removes those
 * any-setters and fails on unknown properties, so the model's schema is enforced.
 */
final class KubeObjects {
  /** The kinds deploy/ may use, each with the one API version the project targets. */
  private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
      "ConfigMap", ConfigMap.class,
      "Secret", Secret.class,
      "Service", Service.class,
      "Deployment", Deployment.class,
      "StatefulSet", StatefulSet.class,
      "Job", Job.class,
      "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

  static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .addModule(new SimpleModule("no-any-setter").setDeserializerModifier(
          new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
                BeanDescription description, BeanDeserializerBuilder builder) {
              builder.setAnySetter(null);
              return builder;
            }
          }))
      .build();

  private KubeObjects() {}

  /** One object as its model class; throws naming the object when a field is unknown or wrong. */
  static HasMetadata parse(JsonNode object) {
    String kind = object.path("kind").asText();
    String name = object.path("metadata").path("name").asText();
    Class<? extends HasMetadata> type = KINDS.get(kind);
    if (type == null) {
      throw new IllegalArgumentException(kind + "/" + name + ": kind not in " + KINDS.keySet());
    }
    String expectedVersion = HasMetadata.getApiVersion(type);
    if (!object.path("apiVersion").asText().equals(expectedVersion)) {
      throw new IllegalArgumentException(kind + "/" + name + ": apiVersion should be "
          + expectedVersion + ", got '" + object.path("apiVersion").asText() + "'");
    }
    try {
      return STRICT.treeToValue(object, type);
    } catch (Exception e) {
      throw new IllegalArgumentException(kind + "/" + name + " does not fit the Kubernetes model: "
          + e.getMessage(), e);
    }
  }

  static List<HasMetadata> parseAll(List<? extends JsonNode> objects) {
    return objects.stream().map(KubeObjects::parse).toList();
  }

  static <T extends HasMetadata> List<T> ofKind(List<HasMetadata> objects, Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static <T extends HasMetadata> T named(List<HasMetadata> objects, Class<T> type, String name) {
    return ofKind(objects, type).stream()
        .filter(o -> o.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
  }
}
