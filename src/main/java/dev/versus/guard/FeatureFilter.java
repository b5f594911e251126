package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which of a list of {@link Feature}s may match a text: one {@link LiteralScanner} pass over each
 * form of the text finds every feature with one of its literals in it, so only those features'
 * patterns run. A feature without literals is always run.
 */
final class FeatureFilter {
  private final LiteralScanner foldedExact;
  private final LiteralScanner foldedCaseless;
  private final LiteralScanner rawExact;
  private final LiteralScanner rawCaseless;
  private final boolean anyFolded;
  private final boolean anyRaw;
  private final long[] always;

  FeatureFilter(List<Feature> features) {
    foldedExact = scanner(features, f -> !f.raw() && !f.ignoreCase(), false);
    foldedCaseless = scanner(features, f -> !f.raw() && f.ignoreCase(), true);
    rawExact = scanner(features, f -> f.raw() && !f.ignoreCase(), false);
    rawCaseless = scanner(features, f -> f.raw() && f.ignoreCase(), true);
    anyFolded = features.stream().anyMatch(f -> !f.raw() && !f.literals().isEmpty());
    anyRaw = features.stream().anyMatch(f -> f.raw() && !f.literals().isEmpty());
    always = foldedExact.noKeys();
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).literals().isEmpty()) {
        always[i >>> 6] |= 1L << i;
      }
    }
  }

  /** The text and its forms with, for each, the features that may match it. */
  Feature.Subject subject(TextNormalizer.Forms forms, String raw) {
    long[] folded = anyFolded ? scan(forms.folded(), foldedExact, foldedCaseless) : always;
    long[] analysed =
        forms.same() || !anyFolded ? folded : scan(forms.analysed(), foldedExact, foldedCaseless);
    long[] rawKeys = anyRaw ? scan(raw, rawExact, rawCaseless) : always;
    return new Feature.Subject(forms, raw, folded, analysed, rawKeys);
  }

  private long[] scan(String text, LiteralScanner exact, LiteralScanner caseless) {
    long[] keys = always.clone();
    exact.scan(text, keys);
    caseless.scan(text, keys);
    return keys;
  }

  private static LiteralScanner scanner(
      List<Feature> features, Predicate<Feature> mine, boolean ignoreCase) {
    List<List<String>> literals = new ArrayList<>();
    for (Feature f : features) {
      literals.add(mine.test(f) ? f.literals() : List.of());
    }
    return ignoreCase ? LiteralScanner.ignoringCase(literals) : LiteralScanner.exact(literals);
  }
}
