package dev.versus.guard;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text so that phrasings match however they are written: invisible characters removed,
 * accents stripped, lower case, leetspeak digits mapped back to letters inside words, letters
 * spelled out with spaces ({@code i g n o r e}) joined, whitespace collapsed.
 */
final class TextNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]|[\\x{E0000}-\\x{E007F}]");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern SPELLED =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[ ._\\-*]\\p{L}){2,}(?![\\p{L}\\p{N}])");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String LEET = "013457@$";
  private static final String SEPARATORS = " ._-*";

  private TextNormalizer() {}

  /** Accent- and case-folded text with invisible characters removed and whitespace collapsed. */
  static String fold(String text) {
    return collapse(foldKeepingSpaces(text));
  }

  /**
   * {@link #fold} plus leetspeak mapping and joining of spelled-out letters (a single separator
   * joins letters, a double space separates spelled words).
   */
  static String analysed(String text) {
    return forms(text).analysed();
  }

  /**
   * Both forms of a text, {@link #fold} and {@link #analysed}, folding it once.
   *
   * @param same whether the analysed form adds nothing to the folded one (no leetspeak, no
   *     spelling), compared once here rather than by every feature that reads it
   */
  record Forms(String folded, String analysed, boolean same) {}

  /** {@link #fold} and {@link #analysed} of {@code text}, sharing the folding. */
  static Forms forms(String text) {
    String kept = foldKeepingSpaces(text);
    String folded = collapse(kept);
    String analysed = collapse(joinSpelled(deleet(kept)));
    return new Forms(folded, analysed, folded.equals(analysed));
  }

  private static String foldKeepingSpaces(String text) {
    if (isAscii(text)) {
      // no invisible characters, nothing NFKD changes and no combining marks below U+0080
      return text.toLowerCase(Locale.ROOT);
    }
    String visible = INVISIBLE.matcher(text).replaceAll("");
    String decomposed = Normalizer.normalize(visible, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String collapse(String text) {
    return isCollapsed(text) ? text : SPACES.matcher(text).replaceAll(" ").trim();
  }

  /**
   * Whether {@link #collapse} would return {@code text} unchanged: no whitespace but single
   * spaces, nothing {@link String#trim} removes at either end. Most prompts are, and the regex
   * replacement costs more than the rest of the folding for a short one.
   */
  private static boolean isCollapsed(String text) {
    int n = text.length();
    if (n > 0 && (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c >= '\t' && c <= '\r') || (c == ' ' && text.charAt(i + 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** Maps 0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s inside tokens that also contain letters. */
  static String deleet(String folded) {
    if (!hasLeetCharacter(folded)) {
      return folded; // every token is kept as it is
    }
    Matcher m = TOKEN.matcher(folded);
    StringBuilder out = new StringBuilder(folded.length());
    while (m.find()) {
      String token = m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(isLeet(token) ? mapLeet(token) : token));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean hasLeetCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (LEET.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLeet(String token) {
    boolean letter = false;
    boolean leet = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
      } else if (LEET.indexOf(c) >= 0) {
        leet = true;
      }
    }
    return letter && leet && !token.contains("://") && token.indexOf('@') != token.length() - 1;
  }

  private static String mapLeet(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      sb.append(
          switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    return sb.toString();
  }

  /**
   * False when no letter, separator, letter, separator, letter run occurs, which every match of
   * {@code SPELLED} contains (a surrogate pair is left to the pattern).
   */
  private static boolean maySpell(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
      if (i + 4 < n
          && Character.isLetter(c)
          && SEPARATORS.indexOf(text.charAt(i + 1)) >= 0
          && Character.isLetter(text.charAt(i + 2))
          && SEPARATORS.indexOf(text.charAt(i + 3)) >= 0
          && Character.isLetter(text.charAt(i + 4))) {
        return true;
      }
    }
    return false;
  }

  /** Joins letters written one by one with separators: {@code i g n o r e} → {@code ignore}. */
  static String joinSpelled(String text) {
    if (!maySpell(text)) {
      return text;
    }
    Matcher m = SPELLED.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[ ._\\-*]", "")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
