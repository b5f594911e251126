package dev.versus.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Guard configuration for both sides of a call; maps the gateway's YAML block
 *
 * <pre>
 * guard:
 *   input:  { deny: [...regex...], allow: [...], injection-threshold: 0.5, document-threshold: 0.45,
 *             similarity-threshold: 0.8, directive-threshold: 0.45, classifier-threshold: 0.8,
 *             classifier-veto: 0.1, action: block, layers: [rules, heuristic, ...] }
 *   output: { canary: true, redact: [api-keys, emails], action: redact }
 *   embedding-model: { onnx: /path/model.onnx, tokenizer: /path/tokenizer.json }
 *   document-classifier: /path/model.tsv     # from versus guard train; default: the packaged one
 * </pre>
 *
 * <p>Keys are kebab-case; a missing key takes the side's default ({@link
 * SideConfig#inputDefaults()}, {@link SideConfig#outputDefaults()}).
 *
 * @param input settings for prompts
 * @param output settings for responses
 * @param embeddingModel the model of the similarity layer
 * @param documentClassifier a model file written by {@code versus guard train}; empty for the
 *     packaged model
 */
public record GuardConfig(
    SideConfig input,
    SideConfig output,
    EmbeddingModelSpec embeddingModel,
    Optional<Path> documentClassifier) {
  public GuardConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(embeddingModel, "embeddingModel");
    Objects.requireNonNull(documentClassifier, "documentClassifier");
  }

  /** With the packaged document classifier. */
  public GuardConfig(SideConfig input, SideConfig output, EmbeddingModelSpec embeddingModel) {
    this(input, output, embeddingModel, Optional.empty());
  }

  /** A copy that uses the document classifier in {@code file}. */
  public GuardConfig withDocumentClassifier(Path file) {
    return new GuardConfig(input, output, embeddingModel, Optional.of(file));
  }

  /** Both sides at their defaults, packaged MiniLM model. */
  public static GuardConfig defaults() {
    return new GuardConfig(
        SideConfig.inputDefaults(),
        SideConfig.outputDefaults(),
        new EmbeddingModelSpec.Packaged());
  }

  /**
   * Reads the YAML text of a guard block (with or without the top-level {@code guard:} key).
   *
   * @param source names the file in error messages
   * @throws IllegalArgumentException naming the field and what was expected
   */
  public static GuardConfig fromYaml(String yaml, String source) {
    return GuardConfigReader.fromYaml(yaml, source);
  }

  /** Reads an already parsed guard block, e.g. the {@code guard} node of a gateway config. */
  public static GuardConfig fromNode(JsonNode guardNode, String where) {
    return GuardConfigReader.read(guardNode, where);
  }
}
