package dev.versus.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Text normalisation shared by the text scorers, including SQuAD-style answer normalisation. */
final class TextNormalizer {
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
    t = t.replaceAll("[\\p{P}\\p{S}]+", " ");
    return t.replaceAll("\\s+", " ").strip();
  }

  static String stripAccents(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /**
   * SQuAD tokens: lower case, punctuation removed, articles removed (English a/an/the, or the
   * Spanish articles when {@code language} starts with "es"), split on whitespace.
   */
  static List<String> squadTokens(String text, String language) {
    Set<String> articles =
        language.toLowerCase(Locale.ROOT).startsWith("es") ? ARTICLES_ES : ARTICLES_EN;
    String t = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]", "");
    List<String> out = new ArrayList<>();
    for (String tok : t.split("\\s+")) {
      if (!tok.isEmpty() && !articles.contains(tok)) {
        out.add(tok);
      }
    }
    return out;
  }

  /** A short preview of a response for reasons, at most 60 characters. */
  static String preview(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= 60 ? t : t.substring(0, 57) + "...";
  }
}
