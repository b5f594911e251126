package dev.versus.guard;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One weighted heuristic feature.
 *
 * @param name shown in reasons, e.g. {@code override-es}
 * @param weight probability-like weight in (0, 1), combined by noisy-or
 * @param pattern matched with find() against the folded and the analysed text (or the raw text if
 *     {@code raw})
 * @param raw whether to match the raw, case-preserving text instead of the folded one
 * @param literals words one of which every match contains ({@link Literals}); empty when unknown,
 *     then the pattern always runs
 * @param ignoreCase whether the literals are searched for ignoring case (the pattern has {@code (?i)})
 * @param literalChars the ASCII characters of each literal, derived from {@code literals} (a text
 *     without one of them cannot contain that literal)
 */
record Feature(String name, double weight, Pattern pattern, boolean raw, List<String> literals,
    boolean ignoreCase, List<AsciiSet> literalChars) {
  Feature {
    if (!(weight > 0.0 && weight < 1.0)) {
      throw new IllegalArgumentException(name + ": weight must be in (0, 1): " + weight);
    }
    literals = List.copyOf(literals);
    literalChars = literals.stream().map(AsciiSet::of).toList(); // derived: the argument is ignored
  }

  private Feature(String name, double weight, Pattern pattern, boolean raw, String regex) {
    this(name, weight, pattern, raw, Literals.of(regex).orElse(List.of()),
        Literals.ignoresCase(regex), List.of());
  }

  static Feature folded(String name, double weight, String regex) {
    return new Feature(name, weight, Pattern.compile(regex), false, regex);
  }

  static Feature raw(String name, double weight, String regex) {
    return new Feature(name, weight, Pattern.compile(regex, Pattern.MULTILINE), true, regex);
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
