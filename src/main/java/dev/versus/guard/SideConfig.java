package dev.versus.guard;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Guard settings for one side of a call (prompts on the way in, responses on the way out).
 *
 * @param deny rules that block when they match (deny wins over allow)
 * @param allow rules that, when they match, skip the detection layers
 * @param injectionThreshold heuristic score in [0, 1] at or above which a prompt is acted on
 * @param documentThreshold the same for documents placed into a prompt (retrieved pages, e-mails,
 *     tool results; see {@link Guard#screenDocument}), where an instruction aimed at the model's
 *     output is itself suspicious
 * @param similarityThreshold cosine similarity to the attack corpus at or above which the text
 *     is acted on
 * @param directiveThreshold score of the directive layer (documents only) at or above which the
 *     document is acted on
 * @param classifierThreshold probability of the document classifier (documents only) at or above
 *     which the document is acted on
 * @param classifierVeto classifier probability below which the heuristic, similarity and
 *     directive layers do not act on a document (0 turns the veto off); deny rules and the
 *     invisible layer are never overruled
 * @param action what to do when a detection layer fires
 * @param layers the layers that run
 * @param redact kinds of secrets / personal data replaced when {@link Layer#REDACTION} runs
 */
public record SideConfig(
    List<Rule> deny,
    List<Rule> allow,
    double injectionThreshold,
    double documentThreshold,
    double similarityThreshold,
    double directiveThreshold,
    double classifierThreshold,
    double classifierVeto,
    Action action,
    Set<Layer> layers,
    Set<RedactKind> redact) {

  /** Default heuristic threshold, chosen on the tuning half of the shared data. */
  public static final double DEFAULT_INJECTION_THRESHOLD = 0.5;
  /** Default heuristic threshold for documents, chosen on the tuning half of the shared data. */
  public static final double DEFAULT_DOCUMENT_THRESHOLD = 0.45;
  /** Default cosine threshold for the packaged MiniLM model. */
  public static final double DEFAULT_SIMILARITY_THRESHOLD = 0.8;
  /** Default directive-layer threshold, chosen on the tuning half of the shared data. */
  public static final double DEFAULT_DIRECTIVE_THRESHOLD = 0.45;
  /**
   * Default classifier threshold, chosen by leave-one-set-out validation on the tuning document
   * sets (docs/guard-figures.md).
   */
  public static final double DEFAULT_CLASSIFIER_THRESHOLD = 0.8;
  /**
   * Default classifier veto: off. On the project's document sets a veto of 0.1 removes about a
   * third of the false positives, but on real e-mails (BIPIA) the classifier puts 6-7% of the
   * attacks below 0.1, so it would overrule layers that catch them.
   */
  public static final double DEFAULT_CLASSIFIER_VETO = 0.0;

  public SideConfig {
    deny = List.copyOf(deny);
    allow = List.copyOf(allow);
    Objects.requireNonNull(action, "action");
    checkUnit("injection-threshold", injectionThreshold);
    checkUnit("document-threshold", documentThreshold);
    checkUnit("similarity-threshold", similarityThreshold);
    checkUnit("directive-threshold", directiveThreshold);
    checkUnit("classifier-threshold", classifierThreshold);
    checkUnit("classifier-veto", classifierVeto);
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    redact = redact.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redact));
  }

  /**
   * Prompt-side defaults: rules, heuristic, similarity, directive and classifier (documents) and
   * invisible checks; block.
   */
  public static SideConfig inputDefaults() {
    return new SideConfig(
        List.of(),
        List.of(),
        DEFAULT_INJECTION_THRESHOLD,
        DEFAULT_DOCUMENT_THRESHOLD,
        DEFAULT_SIMILARITY_THRESHOLD,
        DEFAULT_DIRECTIVE_THRESHOLD,
        DEFAULT_CLASSIFIER_THRESHOLD,
        DEFAULT_CLASSIFIER_VETO,
        Action.BLOCK,
        EnumSet.of(
            Layer.RULES,
            Layer.HEURISTIC,
            Layer.SIMILARITY,
            Layer.DIRECTIVE,
            Layer.CLASSIFIER,
            Layer.INVISIBLE),
        Set.of());
  }

  /** Response-side defaults: rules, canary leak, redaction of keys and e-mails; redact. */
  public static SideConfig outputDefaults() {
    return new SideConfig(
        List.of(),
        List.of(),
        DEFAULT_INJECTION_THRESHOLD,
        DEFAULT_DOCUMENT_THRESHOLD,
        DEFAULT_SIMILARITY_THRESHOLD,
        DEFAULT_DIRECTIVE_THRESHOLD,
        DEFAULT_CLASSIFIER_THRESHOLD,
        DEFAULT_CLASSIFIER_VETO,
        Action.REDACT,
        EnumSet.of(Layer.RULES, Layer.CANARY, Layer.REDACTION),
        EnumSet.of(RedactKind.API_KEYS, RedactKind.EMAILS));
  }

  /** Whether a layer runs. */
  public boolean runs(Layer layer) {
    return layers.contains(layer);
  }

  /** A copy with another set of layers. */
  public SideConfig withLayers(Set<Layer> newLayers) {
    Copy c = new Copy(this);
    c.layers = newLayers;
    return c.build();
  }

  /** A copy with another heuristic threshold. */
  public SideConfig withInjectionThreshold(double threshold) {
    Copy c = new Copy(this);
    c.injectionThreshold = threshold;
    return c.build();
  }

  /** A copy with another document threshold. */
  public SideConfig withDocumentThreshold(double threshold) {
    Copy c = new Copy(this);
    c.documentThreshold = threshold;
    return c.build();
  }

  /** A copy with another similarity threshold. */
  public SideConfig withSimilarityThreshold(double threshold) {
    Copy c = new Copy(this);
    c.similarityThreshold = threshold;
    return c.build();
  }

  /** A copy with another directive-layer threshold. */
  public SideConfig withDirectiveThreshold(double threshold) {
    Copy c = new Copy(this);
    c.directiveThreshold = threshold;
    return c.build();
  }

  /** A copy with another classifier threshold. */
  public SideConfig withClassifierThreshold(double threshold) {
    Copy c = new Copy(this);
    c.classifierThreshold = threshold;
    return c.build();
  }

  /** A copy with another classifier veto. */
  public SideConfig withClassifierVeto(double veto) {
    Copy c = new Copy(this);
    c.classifierVeto = veto;
    return c.build();
  }

  /** The fields of a config, to change one and build the copy (the withers above). */
  private static final class Copy {
    private final SideConfig from;
    double injectionThreshold;
    double documentThreshold;
    double similarityThreshold;
    double directiveThreshold;
    double classifierThreshold;
    double classifierVeto;
    Set<Layer> layers;

    Copy(SideConfig from) {
      this.from = from;
      injectionThreshold = from.injectionThreshold;
      documentThreshold = from.documentThreshold;
      similarityThreshold = from.similarityThreshold;
      directiveThreshold = from.directiveThreshold;
      classifierThreshold = from.classifierThreshold;
      classifierVeto = from.classifierVeto;
      layers = from.layers;
    }

    SideConfig build() {
      return new SideConfig(
          from.deny,
          from.allow,
          injectionThreshold,
          documentThreshold,
          similarityThreshold,
          directiveThreshold,
          classifierThreshold,
          classifierVeto,
          from.action,
          layers,
          from.redact);
    }
  }

  private static void checkUnit(String field, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be in [0, 1], got " + value);
    }
  }
}
