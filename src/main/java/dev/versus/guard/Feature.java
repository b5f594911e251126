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
 */
record Feature(String name, double weight, Pattern pattern, boolean raw, List<String> literals,
    boolean ignoreCase) {
  Feature {
    if (!(weight > 0.0 && weight < 1.0)) {
      throw new IllegalArgumentException(name + ": weight must be in (0, 1): " + weight);
    }
    literals = List.copyOf(literals);
  }

  static Feature folded(String name, double weight, String regex) {
    return new Feature(name, weight, Pattern.compile(regex), false,
        Literals.of(regex).orElse(List.of()), Literals.ignoresCase(regex));
  }

  static Feature raw(String name, double weight, String regex) {
    return new Feature(name, weight, Pattern.compile(regex, Pattern.MULTILINE), true,
        Literals.of(regex).orElse(List.of()), Literals.ignoresCase(regex));
  }

  /**
   * Whether the pattern is found in the raw text ({@code raw}) or in either form of it; the
   * analysed form is skipped when it equals the folded one.
   */
  boolean matches(TextNormalizer.Forms forms, String rawText) {
    if (raw) {
      return mayMatch(rawText) && pattern.matcher(rawText).find();
    }
    return found(forms.folded())
        || (!forms.same() && found(forms.analysed()));
  }

  private boolean found(String text) {
    return mayMatch(text) && pattern.matcher(text).find();
  }

  /** False only when {@code text} holds none of the literals, so the pattern cannot match. */
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
}
