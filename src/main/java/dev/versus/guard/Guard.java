package dev.versus.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Screens prompts ({@link #screenInput}) and responses ({@link #screenOutput}) with the layers
 * its {@link GuardConfig} turns on. Thread-safe; the embedding model loads on first use.
 *
 * <p>Decision order: a deny rule blocks; an allow rule skips the heuristic, similarity and
 * invisible layers (canary and redaction still run); a detection
 * layer at or above its threshold applies the side's action (block, flag, or redact: mask a leaked
 * canary and invisible characters, flag the rest); secrets found by the redaction layer are always
 * replaced unless the text is blocked.
 *
 * <p>Documents ({@link #screenDocument}) also go through the document classifier: at or above its
 * threshold it fires like any layer; below its veto the heuristic, similarity and directive layers
 * do not act (their scores are still reported); below {@link #MENTION_BELOW} a heuristic firing on a
 * document that quotes its instruction words is read as a mention and dropped. Deny rules and the
 * invisible layer are never overruled.
 */
public final class Guard {
  /** The layers the document classifier's veto overrules. */
  static final Set<Layer> VETOED = EnumSet.of(Layer.HEURISTIC, Layer.SIMILARITY, Layer.DIRECTIVE);
  /**
   * Below this classifier probability a heuristic firing on a document that quotes its instruction
   * words is dropped as a mention ({@link QuotedInstruction}); chosen with classifier probabilities
   * from models that had not seen the set measured (docs/guard-figures.md, session 8).
   */
  static final double MENTION_BELOW = 0.3;

  private final GuardConfig config;
  private final RuleSet inputRules;
  private final RuleSet outputRules;
  private final InjectionHeuristics heuristics;
  private final InvisibleLayer invisible;
  private final SimilarityLayer similarity;
  private final DirectiveLayer directive;
  private final Optional<DocumentClassifier> classifier;

  private Guard(GuardConfig config, TextEmbedder embedder) {
    this.config = config;
    this.inputRules = new RuleSet(config.input().deny(), config.input().allow());
    this.outputRules = new RuleSet(config.output().deny(), config.output().allow());
    this.heuristics = InjectionHeuristics.standard();
    this.invisible = new InvisibleLayer(heuristics);
    this.similarity = new SimilarityLayer(embedder, AttackCorpus.standard());
    this.directive = new DirectiveLayer(embedder);
    this.classifier =
        config.input().runs(Layer.CLASSIFIER)
            ? Optional.of(
                config.documentClassifier().map(DocumentClassifier::read).orElseGet(DocumentClassifier::packaged))
            : Optional.empty();
  }

  /** A guard whose similarity layer uses the model the config names. */
  public static Guard create(GuardConfig config) {
    return new Guard(config, TextEmbedder.of(config.embeddingModel()));
  }

  /** A guard with an explicit embedder (shared with other components, or a test double). */
  public static Guard create(GuardConfig config, TextEmbedder embedder) {
    return new Guard(config, embedder);
  }

  public GuardConfig config() {
    return config;
  }

  /**
   * Screens a prompt (or a document placed into one) before it reaches a model. The similarity
   * layer (the slow one, an embedding per sentence) is skipped when a cheaper layer already fired.
   */
  public Screening screenInput(String prompt) {
    return screen(prompt, config.input(), inputRules, Optional.empty(), false, false);
  }

  /**
   * Screens a document that will be placed into a prompt (a retrieved page, an e-mail, a tool
   * result) with the input side's {@code document-threshold}: indirect injections are often bare
   * directives ("reply in base64") that would be legitimate from the user. The directive layer
   * (when on) runs here only: an off-topic request to an assistant inside a document.
   */
  public Screening screenDocument(String document) {
    return screen(document, documentSide(), inputRules, Optional.empty(), true, false);
  }

  private SideConfig documentSide() {
    SideConfig input = config.input();
    return input.withInjectionThreshold(input.documentThreshold());
  }

  /** As {@link #screenInput} but runs every layer, for per-layer evaluation. */
  Screening screenInputFully(String prompt) {
    return screen(prompt, config.input(), inputRules, Optional.empty(), false, true);
  }

  /** As {@link #screenDocument} but runs every layer, for per-layer evaluation. */
  Screening screenDocumentFully(String document) {
    return screen(document, documentSide(), inputRules, Optional.empty(), true, true);
  }

  /** Screens a response before it reaches the user. */
  public Screening screenOutput(String response) {
    return screen(response, config.output(), outputRules, Optional.empty(), false, false);
  }

  /** Screens a response to a system prompt that held {@code canary}. */
  public Screening screenOutput(String response, Canary canary) {
    return screen(response, config.output(), outputRules, Optional.of(canary), false, false);
  }

  private Screening screen(
      String text,
      SideConfig side,
      RuleSet rules,
      Optional<Canary> canary,
      boolean document,
      boolean exhaustive) {
    List<LayerScore> scores = new ArrayList<>();
    List<LayerScore> fired = new ArrayList<>();
    if (side.runs(Layer.RULES)) {
      Optional<String> denied = rules.denied(text);
      if (denied.isPresent()) {
        LayerScore hit = new LayerScore(Layer.RULES, 1.0, "deny:" + denied.get());
        GuardVerdict block =
            new GuardVerdict.Block("deny:" + denied.get(), "matched deny rule " + denied.get(), 1.0);
        return new Screening(block, List.of(hit), List.of(Layer.RULES));
      }
      Optional<String> allowed = rules.allowed(text);
      if (allowed.isPresent()) {
        scores.add(new LayerScore(Layer.RULES, 0.0, "allow:" + allowed.get()));
        return finish(text, side, canary, scores, fired);
      }
      scores.add(LayerScore.clean(Layer.RULES));
    }
    Optional<DocumentClassifier.Score> learnt =
        document && side.runs(Layer.CLASSIFIER) ? classifier.map(c -> c.score(text)) : Optional.empty();
    learnt.ifPresent(
        s -> add(new LayerScore(Layer.CLASSIFIER, s.probability(), s.reason()), side.classifierThreshold(), scores, fired));
    boolean veto = learnt.isPresent() && learnt.get().probability() < side.classifierVeto();
    if (side.runs(Layer.HEURISTIC)) {
      LayerScore heuristic = document ? heuristics.scoreDocument(text) : heuristics.score(text);
      add(heuristic, side.injectionThreshold(), scores, fired);
      if (learnt.isPresent() && fired.contains(heuristic)) {
        mentionOnly(text, heuristic, learnt.get(), scores, fired);
      }
    }
    if (side.runs(Layer.INVISIBLE)) {
      add(invisible.score(text), side.injectionThreshold(), scores, fired);
    }
    boolean worthIt = exhaustive || (fired.isEmpty() && !veto);
    if (side.runs(Layer.SIMILARITY) && worthIt) {
      add(similarity.score(text), side.similarityThreshold(), scores, fired);
    }
    if (document && side.runs(Layer.DIRECTIVE) && worthIt) {
      add(directive.score(text), side.directiveThreshold(), scores, fired);
    }
    if (veto) {
      overrule(learnt.get(), side.classifierVeto(), scores, fired);
    }
    return finish(text, side, canary, scores, fired);
  }

  /**
   * A heuristic firing on a document that quotes the instruction words ({@link QuotedInstruction})
   * and that the classifier reads below {@link #MENTION_BELOW} is a mention, not a use: it is
   * dropped, and the heuristic's reason says why. Runs before the similarity and directive layers
   * decide whether to run, so they still screen the document.
   */
  private static void mentionOnly(
      String text, LayerScore heuristic, DocumentClassifier.Score learnt, List<LayerScore> scores, List<LayerScore> fired) {
    if (learnt.probability() >= MENTION_BELOW) {
      return;
    }
    Optional<String> quoted = QuotedInstruction.in(text);
    if (quoted.isEmpty()) {
      return;
    }
    fired.remove(heuristic);
    String excerpt = quoted.get().length() > 60 ? quoted.get().substring(0, 60) + "…" : quoted.get();
    String reason =
        heuristic.reason()
            + String.format(Locale.ROOT, "; quoted (\"%s\") in a document the classifier reads at p %.2f: a mention", excerpt, learnt.probability());
    scores.replaceAll(s -> s == heuristic ? new LayerScore(Layer.HEURISTIC, s.score(), reason) : s);
  }

  /** The classifier's veto: the soft layers' firing is dropped, and the classifier says so. */
  private static void overrule(
      DocumentClassifier.Score learnt, double veto, List<LayerScore> scores, List<LayerScore> fired) {
    List<String> overruled =
        fired.stream().map(LayerScore::layer).filter(VETOED::contains).map(Layer::id).toList();
    if (overruled.isEmpty()) {
      return;
    }
    fired.removeIf(s -> VETOED.contains(s.layer()));
    String reason =
        learnt.reason()
            + String.format(Locale.ROOT, ", below veto %.2f: overrules ", veto)
            + String.join(", ", overruled);
    scores.replaceAll(s -> s.layer() == Layer.CLASSIFIER ? new LayerScore(Layer.CLASSIFIER, s.score(), reason) : s);
  }


  private Screening finish(
      String text,
      SideConfig side,
      Optional<Canary> canary,
      List<LayerScore> scores,
      List<LayerScore> fired) {
    Optional<String> leak = Optional.empty();
    if (side.runs(Layer.CANARY) && canary.isPresent()) {
      leak = canary.get().leakIn(text);
      LayerScore score =
          leak.map(how -> new LayerScore(Layer.CANARY, 1.0, "canary leaked (" + how + ")"))
              .orElse(LayerScore.clean(Layer.CANARY));
      add(score, 1.0, scores, fired);
    }
    Redaction redaction =
        side.runs(Layer.REDACTION)
            ? Redactor.redact(text, side.redact())
            : new Redaction(text, List.of());
    if (side.runs(Layer.REDACTION)) {
      scores.add(
          new LayerScore(
              Layer.REDACTION, redaction.changed() ? 1.0 : 0.0, String.join(", ", redaction.what())));
    }
    List<Layer> firedLayers =
        fired.isEmpty() ? List.of() : fired.stream().map(LayerScore::layer).toList();
    GuardVerdict verdict = decide(side.action(), fired, redaction, leak.isPresent() ? canary : Optional.empty());
    return new Screening(verdict, scores, firedLayers);
  }

  private static GuardVerdict decide(
      Action action, List<LayerScore> fired, Redaction redaction, Optional<Canary> leaked) {
    if (fired.isEmpty()) {
      return redaction.changed()
          ? new GuardVerdict.Redact(redaction.text(), redaction.what())
          : new GuardVerdict.Allow();
    }
    LayerScore top = fired.stream().max(Comparator.comparingDouble(LayerScore::score)).orElseThrow();
    List<String> reasons = fired.stream().map(s -> s.layer().id() + ": " + s.reason()).toList();
    return switch (action) {
      case BLOCK ->
          new GuardVerdict.Block(
              top.layer().id(),
              String.format(Locale.ROOT, "%s score %.2f: %s", top.layer().id(), top.score(), top.reason()),
              top.score());
      case FLAG ->
          redaction.changed()
              ? new GuardVerdict.Redact(redaction.text(), concat(redaction.what(), reasons))
              : new GuardVerdict.Flag(reasons, top.score());
      case REDACT -> {
        String masked = leaked.map(c -> c.maskIn(redaction.text())).orElse(redaction.text());
        masked = InvisibleLayer.strip(masked);
        yield masked.equals(redaction.text()) && !redaction.changed()
            ? new GuardVerdict.Flag(reasons, top.score())
            : new GuardVerdict.Redact(masked, concat(redaction.what(), reasons));
      }
    };
  }

  private static void add(LayerScore score, double threshold, List<LayerScore> scores, List<LayerScore> fired) {
    scores.add(score);
    if (score.score() > 0 && score.score() >= threshold) {
      fired.add(score);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
