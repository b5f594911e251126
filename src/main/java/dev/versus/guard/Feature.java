package dev.versus.guard;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One weighted heuristic feature: a pattern matched with find() against the folded and the
 * analysed text (or the raw, case-preserving text when {@link #raw()}), skipped at once on a text
 * that holds none of the words every match contains ({@link Literals}).
 */
final class Feature {
  private final String name;
  private final double weight;
  private final Pattern pattern;
  private final boolean raw;
  private final List<String> literals;
  private final boolean ignoreCase;

  private Feature(String name, double weight, Pattern pattern, boolean raw, String regex) {
    if (!(weight > 0.0 && weight < 1.0)) {
      throw new IllegalArgumentException(name + ": weight must be in (0, 1): " + weight);
    }
    this.name = name;
    this.weight = weight;
    this.pattern = pattern;
    this.raw = raw;
    this.literals = Literals.of(regex).orElse(List.of());
    this.ignoreCase = Literals.ignoresCase(regex);
  }

  static Feature folded(String name, double weight, String regex) {
    return new Feature(name, weight, Pattern.compile(regex), false, regex);
  }

  static Feature raw(String name, double weight, String regex) {
    return new Feature(name, weight, Pattern.compile(regex, Pattern.MULTILINE), true, regex);
  }

  /** Shown in reasons, e.g. {@code override-es}. */
  String name() {
    return name;
  }

  /** Probability-like weight in (0, 1), combined by noisy-or. */
  double weight() {
    return weight;
  }

  Pattern pattern() {
    return pattern;
  }

  /** Whether the raw, case-preserving text is matched instead of the folded one. */
  boolean raw() {
    return raw;
  }

  /** Words one of which every match contains; empty when unknown (the pattern always runs). */
  List<String> literals() {
    return literals;
  }

  /**
   * Whether the pattern is found in the raw text ({@code raw}) or in either form of it; a text the
   * literal scan ruled out for this feature ({@code index} in the scanned list) is not searched, and
   * the analysed form is skipped when it equals the folded one.
   */
  boolean matches(Subject subject, int index) {
    if (raw) {
      return LiteralScanner.has(subject.rawKeys(), index) && find(subject.raw());
    }
    return (LiteralScanner.has(subject.foldedKeys(), index) && find(subject.forms().folded()))
        || (!subject.forms().same()
            && LiteralScanner.has(subject.analysedKeys(), index)
            && find(subject.forms().analysed()));
  }

  private boolean find(String text) {
    return pattern.matcher(text).find();
  }

  /**
   * False only when {@code text} holds none of the literals, so the pattern cannot match: the
   * plain search the scan of {@link FeatureFilter} must agree with (tests compare the two).
   */
  boolean mayMatch(String text) {
    if (literals.isEmpty()) {
      return true;
    }
    for (String literal : literals) {
      if (ignoreCase ? containsIgnoringCase(text, literal) : text.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the literals are searched blind to letter case (the pattern has {@code (?i)}). */
  boolean ignoreCase() {
    return ignoreCase;
  }

  /** Whether {@code text} contains {@code literal} (lower case) in any letter case. */
  private static boolean containsIgnoringCase(String text, String literal) {
    int last = text.length() - literal.length();
    for (int i = 0; i <= last; i++) {
      if (text.regionMatches(true, i, literal, 0, literal.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One text screened by every feature: the raw text, its two forms, and for each the features
   * whose literals it holds ({@link FeatureFilter#subject}).
   */
  record Subject(
      TextNormalizer.Forms forms, String raw, long[] foldedKeys, long[] analysedKeys, long[] rawKeys) {}
}
