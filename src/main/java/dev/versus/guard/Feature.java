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
  /** The ASCII characters of each literal: a text without one of them cannot contain it. */
  private final List<AsciiSet> literalChars;

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
    this.literalChars = literals.stream().map(AsciiSet::of).toList();
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
   * Whether the pattern is found in the raw text ({@code raw}) or in either form of it; the
   * analysed form is skipped when it equals the folded one.
   */
  boolean matches(Subject subject) {
    if (raw) {
      return found(subject.raw, subject.rawChars());
    }
    return found(subject.forms.folded(), subject.foldedChars())
        || (!subject.forms.same() && found(subject.forms.analysed(), subject.analysedChars()));
  }

  private boolean found(String text, AsciiSet chars) {
    return mayMatch(text, chars) && pattern.matcher(text).find();
  }

  /** False only when {@code text} holds none of the literals, so the pattern cannot match. */
  boolean mayMatch(String text) {
    return mayMatch(text, AsciiSet.of(text));
  }

  private boolean mayMatch(String text, AsciiSet chars) {
    if (literals.isEmpty()) {
      return true;
    }
    for (int i = 0; i < literals.size(); i++) {
      String literal = literals.get(i);
      if (ignoreCase) {
        if (containsIgnoringCase(text, literal)) {
          return true;
        }
      } else if (chars.containsAll(literalChars.get(i)) && text.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} contains {@code literal} (lower case) in any letter case. */
  private static boolean containsIgnoringCase(String text, String literal) {
    int last = text.length() - literal.length();
    char first = literal.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c == firstUpper || Character.toLowerCase(c) == first)
          && text.regionMatches(true, i, literal, 0, literal.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One text screened by every feature: the raw text and its two forms, with the ASCII characters
   * of each read once, when first needed.
   */
  static final class Subject {
    private final TextNormalizer.Forms forms;
    private final String raw;
    private AsciiSet rawChars;
    private AsciiSet foldedChars;
    private AsciiSet analysedChars;

    Subject(TextNormalizer.Forms forms, String raw) {
      this.forms = forms;
      this.raw = raw;
    }

    private AsciiSet rawChars() {
      return rawChars == null ? rawChars = AsciiSet.of(raw) : rawChars;
    }

    private AsciiSet foldedChars() {
      return foldedChars == null ? foldedChars = AsciiSet.of(forms.folded()) : foldedChars;
    }

    private AsciiSet analysedChars() {
      return analysedChars == null ? analysedChars = AsciiSet.of(forms.analysed()) : analysedChars;
    }
  }
}
