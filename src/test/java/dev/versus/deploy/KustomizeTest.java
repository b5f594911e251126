package dev.versus.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test renderer and the strict model mapper themselves: they must be able to fail. */
class KustomizeTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 1
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            containers:
              - name: main
                image: web:1
                args: [serve, --port, "80"]
                env: [{ name: A, value: a }, { name: B, value: b }]
              - name: sidecar
                image: side:1
      """;

  @Test
  void render_patchByName_mergesNamedListsAndReplacesOthers(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("web.yaml"), DEPLOYMENT);
    Files.writeString(dir.resolve("patch.yaml"), """
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          replicas: 3
          template:
            spec:
              containers:
                - name: main
                  args: [serve]
                  env: [{ name: B, value: patched }, { name: C, value: c }]
        """);
    Files.writeString(dir.resolve("kustomization.yaml"),
        "resources: [web.yaml]\npatches: [{ path: patch.yaml }]\n");

    List<ObjectNode> out = Kustomize.render(dir);

    Deployment d = (Deployment) KubeObjects.parse(out.getFirst());
    assertThat(d.getSpec().getReplicas()).isEqualTo(3);
    var containers = d.getSpec().getTemplate().getSpec().getContainers();
    assertThat(containers).extracting("name").containsExactly("main", "sidecar");
    assertThat(containers.getFirst().getArgs()).containsExactly("serve");
    assertThat(containers.getFirst().getEnv())
        .extracting(e -> e.getName() + "=" + e.getValue())
        .containsExactly("A=a", "B=patched", "C=c");
  }

  @Test
  void render_unsupportedKustomizationKey_fails(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\nnamePrefix: x-\n");
    assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("namePrefix");
  }

  @Test
  void render_patchWithoutTarget_fails(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("web.yaml"), DEPLOYMENT);
    Files.writeString(dir.resolve("patch.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: other }\nspec: { replicas: 2 }\n");
    Files.writeString(dir.resolve("kustomization.yaml"),
        "resources: [web.yaml]\npatches: [{ path: patch.yaml }]\n");
    assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("Deployment/other");
  }

  @Test
  void parse_unknownFieldDeepInside_fails() throws Exception {
    ObjectNode d = (ObjectNode) YAML.readTree(DEPLOYMENT);
    ((ObjectNode) d.at("/spec/template/spec/containers/0")).put("imagePullPolcy", "Always");
    assertThatThrownBy(() -> KubeObjects.parse(d))
        .hasMessageContaining("Deployment/web")
        .hasMessageContaining("imagePullPolcy");
  }

  @Test
  void parse_fieldAtTheWrongLevel_fails() throws Exception {
    ObjectNode d = (ObjectNode) YAML.readTree(DEPLOYMENT);
    ((ObjectNode) d.at("/spec")).put("image", "web:2");
    assertThatThrownBy(() -> KubeObjects.parse(d)).hasMessageContaining("image");
  }

  @Test
  void parse_wrongApiVersion_fails() throws Exception {
    ObjectNode d = (ObjectNode) YAML.readTree(DEPLOYMENT);
    d.put("apiVersion", "extensions/v1beta1");
    assertThatThrownBy(() -> KubeObjects.parse(d)).hasMessageContaining("apps/v1");
  }

  @Test
  void parse_validDeployment_keepsItsFields() throws Exception {
    JsonNode d = YAML.readTree(DEPLOYMENT);
    Deployment parsed = (Deployment) KubeObjects.parse(d);
    assertThat(parsed.getSpec().getTemplate().getSpec().getContainers().get(1).getImage())
        .isEqualTo("side:1");
  }
}
