package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a text by noisy-or over the weighted {@link InjectionFeatures} it matches, plus one
 * combined feature: an instruction aimed at the model's output found inside a longer document
 * (an e-mail, a web page, a tool result) is the shape of an indirect injection.
 */
final class InjectionHeuristics {
  static final Set<String> DIRECTIVES =
      Set.of(
          "target-output-en",
          "target-output-es",
          "obfuscate-output-en",
          "obfuscate-output-es",
          "target-code",
          "insert-content",
          "code-snippet-request",
          "promote-url");
  static final double DIRECTIVE_IN_DOCUMENT = 0.3;
  static final int DOCUMENT_WORDS = 40;
  /** Weight of an order addressed to a machine reader ({@link AddressedOrder}). */
  static final double ADDRESS_WEIGHT = 0.55;

  private final List<Feature> features;
  private final FeatureFilter filter;

  InjectionHeuristics(List<Feature> features) {
    this.features = List.copyOf(features);
    this.filter = new FeatureFilter(this.features);
  }

  static InjectionHeuristics standard() {
    return new InjectionHeuristics(InjectionFeatures.ALL);
  }

  LayerScore score(String text) {
    return score(text, false);
  }

  /**
   * As {@link #score(String)} plus the document-only {@link DocumentFeatures} (a line addressed to
   * an AI reader, an obligation stated for one, a tool call), {@link DocumentSignals}, {@link
   * ProcessingOrder}, {@link AudienceOrder} and {@link AddressedOrder}; a document about AI that addresses no reader has
   * its score discounted ({@link DiscourseTopic}). None of them runs on prompts.
   */
  LayerScore scoreDocument(String text) {
    return score(text, true);
  }

  private LayerScore score(String text, boolean document) {
    TextNormalizer.Forms forms = TextNormalizer.forms(text);
    String analysed = forms.analysed();
    double keep = 1.0;
    List<String> hits = new ArrayList<>();
    Feature.Subject subject = filter.subject(forms, text);
    for (int i = 0; i < features.size(); i++) {
      Feature feature = features.get(i);
      if (feature.matches(subject, i)) {
        keep *= 1.0 - feature.weight();
        hits.add(feature.name());
      }
    }
    if (document) {
      for (String name : DocumentFeatures.hits(text, forms.folded())) {
        keep *= 1.0 - DocumentFeatures.weight(name);
        hits.add(name);
      }
      for (String name : DocumentSignals.hits(text, forms.folded())) {
        keep *= 1.0 - DocumentSignals.weight(name);
        hits.add(name);
      }
      if (ProcessingOrder.in(forms.folded())) {
        keep *= 1.0 - ProcessingOrder.WEIGHT;
        hits.add(ProcessingOrder.NAME);
      }
      if (AudienceOrder.in(forms.folded())) {
        keep *= 1.0 - AudienceOrder.WEIGHT;
        hits.add(AudienceOrder.NAME);
      }
      Optional<AddressedOrder.Kind> address = AddressedOrder.find(text);
      if (address.isPresent()) {
        keep *= 1.0 - ADDRESS_WEIGHT;
        hits.add(address.get() == AddressedOrder.Kind.DIRECT ? "ai-address" : "ai-label");
      }
    }
    if (hits.stream().anyMatch(DIRECTIVES::contains) && words(analysed) >= DOCUMENT_WORDS) {
      keep *= 1.0 - DIRECTIVE_IN_DOCUMENT;
      hits.add("directive-in-document");
    }
    if (hits.isEmpty()) {
      return LayerScore.clean(Layer.HEURISTIC);
    }
    double score = 1.0 - keep;
    if (document && DiscourseTopic.discounts(forms.folded(), hits)) {
      score *= DiscourseTopic.DISCOUNT;
      hits.add("about-ai");
    }
    return new LayerScore(Layer.HEURISTIC, round(score), String.join(", ", hits));
  }

  private static int words(String analysed) {
    return analysed.isEmpty() ? 0 : analysed.split(" ").length;
  }

  /** Six decimals, so that a single feature of weight w scores exactly w. */
  private static double round(double score) {
    return Math.round(score * 1e6) / 1e6;
  }
}
