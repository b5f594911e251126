package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.versus.guard.GuardConfig;
import dev.versus.guard.Layer;
import org.junit.jupiter.api.Test;

class GatewayGuardConfigTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void guardConfig_layersNotNamed_leavesTheEmbeddingLayerOffTheRequestPath() throws Exception {
    JsonNode node = YAML.readTree("input: { injection-threshold: 0.8, action: block }\n");
    GuardConfig config = GatewayServer.guardConfig(node);
    assertThat(config.input().layers())
        .contains(Layer.RULES, Layer.HEURISTIC, Layer.INVISIBLE, Layer.CLASSIFIER)
        .doesNotContain(Layer.SIMILARITY, Layer.DIRECTIVE);
    assertThat(config.input().injectionThreshold()).isEqualTo(0.8);
  }

  @Test
  void createGuard_missingClassifierFile_isAConfigErrorNamingIt() throws Exception {
    JsonNode node = YAML.readTree("document-classifier: /no/such/model.tsv\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GatewayServer.createGuard(node))
        .isInstanceOf(dev.versus.core.ConfigException.class)
        .hasMessage("guard: /no/such/model.tsv: document classifier file not found");
  }

  @Test
  void guardConfig_keepsTheDocumentClassifierFile() throws Exception {
    JsonNode node = YAML.readTree("document-classifier: /models/ours.tsv\n");
    assertThat(GatewayServer.guardConfig(node).documentClassifier())
        .contains(java.nio.file.Path.of("/models/ours.tsv"));
  }

  @Test
  void guardConfig_layersNamed_areKeptAsWritten() throws Exception {
    JsonNode node = YAML.readTree("input: { layers: [rules, similarity] }\n");
    assertThat(GatewayServer.guardConfig(node).input().layers())
        .containsExactlyInAnyOrder(Layer.RULES, Layer.SIMILARITY);
  }
}
