package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GuardConfigTest {
  @Test
  void fromYaml_gatewayIssueShape_mapsEveryField() {
    String yaml =
        """
        guard:
          input: { deny: ["(?i)drop\\\\s+table", {name: no-ssn, pattern: "\\\\d{3}-\\\\d{2}-\\\\d{4}"}], injection-threshold: 0.8, action: block }
          output: { canary: true, redact: [api-keys, emails] }
        """;
    GuardConfig config = GuardConfig.fromYaml(yaml, "gw.yaml");
    assertThat(config.input().deny()).extracting(Rule::name).containsExactly("deny[0]", "no-ssn");
    assertThat(config.input().deny().get(0).regex()).isEqualTo("(?i)drop\\s+table");
    assertThat(config.input().injectionThreshold()).isEqualTo(0.8);
    assertThat(config.input().action()).isEqualTo(Action.BLOCK);
    assertThat(config.input().layers()).isEqualTo(SideConfig.inputDefaults().layers());
    assertThat(config.output().layers()).contains(Layer.CANARY, Layer.REDACTION);
    assertThat(config.output().redact()).containsExactlyInAnyOrder(RedactKind.API_KEYS, RedactKind.EMAILS);
    assertThat(config.embeddingModel()).isEqualTo(new EmbeddingModelSpec.Packaged());
  }

  @Test
  void fromYaml_embeddingModelAndLayers() {
    String yaml =
        """
        input: { layers: [rules, heuristic, directive], action: flag, similarity-threshold: 0.7, directive-threshold: 0.6 }
        output: { canary: false, redact: [] }
        embedding-model: { onnx: /models/e5.onnx, tokenizer: /models/tokenizer.json }
        """;
    GuardConfig config = GuardConfig.fromYaml(yaml, "g.yaml");
    assertThat(config.input().layers()).containsExactlyInAnyOrder(Layer.RULES, Layer.HEURISTIC, Layer.DIRECTIVE);
    assertThat(config.input().directiveThreshold()).isEqualTo(0.6);
    assertThat(config.input().action()).isEqualTo(Action.FLAG);
    assertThat(config.output().layers()).doesNotContain(Layer.CANARY, Layer.REDACTION);
    assertThat(config.embeddingModel())
        .isEqualTo(new EmbeddingModelSpec.OnnxFiles(Path.of("/models/e5.onnx"), Path.of("/models/tokenizer.json")));
  }

  @Test
  void fromYaml_empty_givesDefaults() {
    assertThat(GuardConfig.fromYaml("", "empty.yaml")).isEqualTo(GuardConfig.defaults());
  }

  @Test
  void fromYaml_unknownKey_namesFieldAndExpected() {
    assertThatThrownBy(() -> GuardConfig.fromYaml("guard:\n  input: { treshold: 0.5 }\n", "gw.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gw.yaml: guard.input: unknown key 'treshold'")
        .hasMessageContaining("injection-threshold");
  }

  @Test
  void fromYaml_badValues_nameField() {
    assertThatThrownBy(() -> GuardConfig.fromYaml("input: { action: drop }", "g.yaml"))
        .hasMessageContaining("g.yaml.input.action")
        .hasMessageContaining("block, flag or redact");
    assertThatThrownBy(() -> GuardConfig.fromYaml("input: { injection-threshold: 1.5 }", "g.yaml"))
        .hasMessageContaining("injection-threshold must be in [0, 1]");
    assertThatThrownBy(() -> GuardConfig.fromYaml("input: { directive-threshold: -0.1 }", "g.yaml"))
        .hasMessageContaining("directive-threshold must be in [0, 1]");
    assertThatThrownBy(() -> GuardConfig.fromYaml("input: { deny: ['(unclosed'] }", "g.yaml"))
        .hasMessageContaining("g.yaml.input.deny[0]")
        .hasMessageContaining("not a valid regex");
    assertThatThrownBy(() -> GuardConfig.fromYaml("output: { redact: [passwords] }", "g.yaml"))
        .hasMessageContaining("unknown redaction kind 'passwords'");
  }

  @Test
  void fromYaml_classifierKeys() {
    GuardConfig config =
        GuardConfig.fromYaml(
            "input: { classifier-threshold: 0.7, classifier-veto: 0.2 }\ndocument-classifier: /models/ours.tsv",
            "g.yaml");
    assertThat(config.input().classifierThreshold()).isEqualTo(0.7);
    assertThat(config.input().classifierVeto()).isEqualTo(0.2);
    assertThat(config.documentClassifier()).contains(java.nio.file.Path.of("/models/ours.tsv"));
    assertThat(GuardConfig.defaults().documentClassifier()).isEmpty();
    assertThatThrownBy(() -> GuardConfig.fromYaml("input: { classifier-veto: 2 }", "g.yaml"))
        .hasMessageContaining("g.yaml.input")
        .hasMessageContaining("classifier-veto must be in [0, 1]");
    assertThatThrownBy(() -> GuardConfig.fromYaml("document-classifier: [a, b]", "g.yaml"))
        .hasMessageContaining("g.yaml.document-classifier: expected a string");
  }

  @Test
  void defaultsFile_equalsCodeDefaults() throws Exception {
    try (var in = GuardConfig.class.getResourceAsStream("guard-defaults.yaml")) {
      String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(GuardConfig.fromYaml(yaml, "guard-defaults.yaml")).isEqualTo(GuardConfig.defaults());
    }
  }
}
