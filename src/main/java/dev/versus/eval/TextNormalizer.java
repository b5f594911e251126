package dev.versus.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text normalisation shared by the text scorers, including SQuAD-style answer normalisation. */
final class TextNormalizer {
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> ARTICLES_EN = Set.of("a", "an", "the");
  private static final Set<String> ARTICLES_ES =
      Set.of("el", "la", "los", "las", "un", "una", "unos", "unas");

  private TextNormalizer() {}

  /** Lower case, punctuation removed, whitespace collapsed; accents removed when asked. */
  static String normalize(String text, boolean stripAccents) {
    String t = text.toLowerCase(Locale.ROOT);
    if (stripAccents) {
      t = stripAccents(t);
    }
    t = PUNCTUATION.matcher(t).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  static String stripAccents(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * SQuAD tokens: lower case, punctuation removed, articles removed (English a/an/the, or the
   * Spanish articles when {@code language} starts with "es"), split on whitespace.
   */
  static List<String> squadTokens(String text, String language) {
    Set<String> articles =
        language.toLowerCase(Locale.ROOT).startsWith("es") ? ARTICLES_ES : ARTICLES_EN;
    String t = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    List<String> out = new ArrayList<>();
    for (String tok : SPACES.split(t)) {
      if (!tok.isEmpty() && !articles.contains(tok)) {
        out.add(tok);
      }
    }
    return out;
  }

  /** A short preview of a response for reasons, at most 60 characters. */
  static String preview(String text) {
    String t = SPACES.matcher(text.strip()).replaceAll(" ");
    return t.length() <= 60 ? t : t.substring(0, 57) + "...";
  }
}
