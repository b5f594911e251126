package dev.versus.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The literal strings one of which every match of a heuristic pattern must contain, read from the
 * pattern's text when its shape makes that certain. For each top-level branch, the most selective
 * required element that fixes text is taken (see {@link #required}): a run of literal characters ({@code you are }, {@code
 * requests.}, escaped punctuation included) or a non-optional group whose every alternative fixes
 * one in turn ({@code (?:ignore|set aside|haz caso omiso (?:a|de))}). Elements that fix nothing are
 * stepped over: anchors, {@code \b}, look-arounds (whose text is never required), classes, dots,
 * and anything optional. A branch with no such element gives no literals for the whole pattern.
 *
 * <p>A text that contains none of the literals cannot match, so {@link Feature#matches} skips the
 * regular expression, which on a long prompt costs about a millisecond per pattern (it tries every
 * branch at every position) and a few microseconds even on a short one, against a substring search.
 * The filter never changes a result, it only skips work. Patterns with an inline {@code (?i)} give
 * lower-case literals to be searched for ignoring case ({@link #ignoresCase}); patterns in comments
 * mode or with quoted sections give none.
 */
final class Literals {
  private static final String META = "\\()[]{}?*+.|^$";

  private Literals() {}

  /** The required literals of {@code regex}, or empty when its shape does not make them certain. */
  static Optional<List<String>> of(String regex) {
    if (regex.contains("(?x") || regex.contains("\\Q") || regex.contains("(?-")) {
      return Optional.empty();
    }
    String body = regex.startsWith("(?i)") ? regex.substring(4) : regex;
    Optional<List<String>> literals = alternatives(body);
    if (literals.isEmpty() || !ignoresCase(regex)) {
      return literals;
    }
    return Optional.of(literals.get().stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
  }

  /** Whether {@code regex} turns on case-insensitive matching anywhere ({@code (?i)}). */
  static boolean ignoresCase(String regex) {
    return regex.contains("(?i");
  }

  /** The literals of every alternative of {@code regex}; empty when one alternative has none. */
  private static Optional<List<String>> alternatives(String regex) {
    List<String> literals = new ArrayList<>();
    for (String branch : split(regex)) {
      Optional<List<String>> required = required(branch);
      if (required.isEmpty()) {
        return Optional.empty();
      }
      literals.addAll(required.get());
    }
    return literals.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(literals));
  }

  /**
   * The literals of the most selective element of {@code branch} (no top-level '|') that fixes
   * text: of all the required elements, the one whose shortest literal is longest (fewer
   * literals on a tie), since a short common word such as {@code new} lets the pattern run on
   * most texts where {@code  instruction} would not.
   */
  private static Optional<List<String>> required(String branch) {
    List<List<String>> candidates = new ArrayList<>();
    int i = 0;
    while (i < branch.length()) {
      char c = branch.charAt(i);
      if (c == '^' || c == '$') {
        i++;
      } else if (c == '\\' && i + 1 < branch.length()
          && Character.isLetterOrDigit(branch.charAt(i + 1))) {
        i = afterQuantifier(branch, afterEscape(branch, i)); // \b, \s, \d, \p{L}...: no text
      } else if (c == '(') {
        int close = closing(branch, i);
        if (close < 0) {
          return Optional.empty();
        }
        boolean plainGroup = branch.startsWith("(?:", i) || !branch.startsWith("(?", i);
        if (plainGroup && !optional(branch, close + 1)) {
          int from = branch.startsWith("(?:", i) ? i + 3 : i + 1;
          alternatives(branch.substring(from, close)).ifPresent(candidates::add);
        }
        i = afterQuantifier(branch, close + 1);
      } else if (c == '[') {
        int end = classEnd(branch, i);
        if (end < 0) {
          return Optional.empty();
        }
        i = afterQuantifier(branch, end + 1);
      } else if (c == '.') {
        i = afterQuantifier(branch, i + 1);
      } else if ("?*+{|)]}".indexOf(c) >= 0) {
        return Optional.empty(); // not a shape this reader knows
      } else {
        Run run = run(branch, i);
        if (!run.text().isEmpty()) {
          candidates.add(List.of(run.text()));
        }
        i = run.next();
      }
    }
    return candidates.stream().max(Comparator
        .comparingInt((List<String> set) -> set.stream().mapToInt(String::length).min().orElse(0))
        .thenComparing(Comparator.comparingInt((List<String> set) -> set.size()).reversed()));
  }

  /** Literal characters from {@code at}, less the last one when a quantifier may drop it. */
  private record Run(String text, int next) {}

  private static Run run(String regex, int at) {
    StringBuilder text = new StringBuilder();
    int i = at;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
          break;
        }
        text.append(regex.charAt(i + 1)); // escaped punctuation stands for itself
        i += 2;
      } else if (META.indexOf(c) >= 0) {
        break;
      } else {
        text.append(c);
        i++;
      }
    }
    if (optional(regex, i) && text.length() > 0) {
      text.setLength(text.length() - 1); // the last character may be absent
      return new Run(text.toString(), afterQuantifier(regex, i));
    }
    return new Run(text.toString(), afterQuantifier(regex, i)); // '+': the last one stays
  }

  /** Whether the element ending before {@code at} may be absent or is repeated a counted time. */
  private static boolean optional(String text, int at) {
    return at < text.length() && "?*{".indexOf(text.charAt(at)) >= 0;
  }

  /** The index after an escape such as {@code \b}, {@code \p{L}} or {@code \x41} at {@code at}. */
  private static int afterEscape(String regex, int at) {
    char kind = regex.charAt(at + 1);
    int i = at + 2;
    if ((kind == 'p' || kind == 'P' || kind == 'x') && i < regex.length()
        && regex.charAt(i) == '{') {
      int close = regex.indexOf('}', i);
      return close < 0 ? regex.length() : close + 1;
    }
    if (kind == 'x') {
      return Math.min(regex.length(), i + 2);
    }
    if (kind == 'u') {
      return Math.min(regex.length(), i + 4);
    }
    return i; // \b, \s, \d, a back-reference...
  }

  /** The index after the quantifier at {@code at}, if any ({@code ?*+} or braces; lazy, possessive). */
  private static int afterQuantifier(String regex, int at) {
    int i = at;
    if (i < regex.length() && regex.charAt(i) == '{') {
      int close = regex.indexOf('}', i);
      i = close < 0 ? regex.length() : close + 1;
    } else if (i < regex.length() && "?*+".indexOf(regex.charAt(i)) >= 0) {
      i++;
    } else {
      return i;
    }
    if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
      i++; // lazy or possessive
    }
    return i;
  }

  /** The index of the ']' closing the class opened at {@code open}, or -1. */
  private static int classEnd(String text, int open) {
    int i = open + 1;
    if (i < text.length() && text.charAt(i) == '^') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == ']') {
      i++; // a leading ']' is a member
    }
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        return -1; // nested classes: not read here
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  /** The index of the ')' closing the group opened at {@code open}, or -1. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(text, i);
        if (i < 0) {
          return -1;
        }
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
