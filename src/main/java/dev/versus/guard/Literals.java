package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The literal words one of which every match of a heuristic pattern must contain, read from the
 * pattern's text when its shape makes that certain: a top-level alternation whose every branch
 * starts with {@code \b} followed by a literal ({@code \byou are ...}) or by a non-optional group
 * whose every alternative starts with one ({@code \b(?:ignore|set aside|haz caso omiso (?:a|de))}).
 * A text that contains none of them cannot match, so {@link Feature#matches} skips the regular expression, which on a
 * long prompt costs about a millisecond per pattern (it tries every branch at every position),
 * against microseconds for a substring search. Any other shape gives no literals (the pattern is
 * always run): the filter never changes a result, it only skips work.
 */
final class Literals {
  private static final String META = "\\()[]{}?*+.|^$";

  private Literals() {}

  /** The required literals of {@code regex}, or empty when its shape does not make them certain. */
  static Optional<List<String>> of(String regex) {
    List<String> literals = new ArrayList<>();
    for (String branch : split(regex)) {
      Optional<List<String>> first = firstLiterals(branch);
      if (first.isEmpty()) {
        return Optional.empty();
      }
      literals.addAll(first.get());
    }
    return literals.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(literals));
  }

  private static Optional<List<String>> firstLiterals(String branch) {
    if (!branch.startsWith("\\b")) {
      return Optional.empty();
    }
    String rest = branch.substring(2);
    if (rest.startsWith("(?:")) {
      int close = closing(rest, 0);
      if (close < 0 || optional(rest, close + 1)) {
        return Optional.empty();
      }
      List<String> literals = new ArrayList<>();
      for (String alternative : split(rest.substring(3, close))) {
        Optional<String> prefix = prefix(alternative);
        if (prefix.isEmpty()) {
          return Optional.empty();
        }
        literals.add(prefix.get());
      }
      return Optional.of(literals);
    }
    return prefix(rest).map(List::of);
  }

  /**
   * The literal text every match of {@code regex} starts with: its characters up to the first
   * metacharacter, less the last one when a quantifier makes it optional; empty when none is
   * left or it is not plain.
   */
  private static Optional<String> prefix(String regex) {
    int end = 0;
    while (end < regex.length() && META.indexOf(regex.charAt(end)) < 0) {
      end++;
    }
    if (optional(regex, end)) {
      end--; // the last character is optional
    }
    String literal = regex.substring(0, Math.max(0, end));
    return literal.isEmpty() || !plain(literal) ? Optional.empty() : Optional.of(literal);
  }

  /** Lower-case letters, digits, spaces, apostrophes and hyphens only. */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '\'' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean optional(String text, int at) {
    return at < text.length() && "?*{".indexOf(text.charAt(at)) >= 0;
  }

  /** The index of the ')' closing the group opened at {@code open}, or -1. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        return -1; // classes inside the group: not a plain alternation
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@code regex} split at its top-level '|' (outside groups, classes and escapes). */
  private static List<String> split(String regex) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return parts;
  }
}
