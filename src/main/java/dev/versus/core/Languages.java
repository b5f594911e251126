package dev.versus.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A small stop-word language guess between Spanish and English, enough to route, label and choose
 * filler text. Returns {@code es}, {@code en}, or {@code und} when neither clearly wins.
 */
public final class Languages {
  private static final Set<String> SPANISH =
      Set.of(
          "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "con", "para",
          "es", "son", "se", "su", "sus", "al", "lo", "como", "mas", "pero", "esta", "este", "hay",
          "muy", "cual", "cuanto", "cuantos", "cuantas", "tiene", "tengo", "puedo", "quiero",
          "hola", "gracias", "porque", "donde", "cuando", "sobre", "entre", "todas", "todos",
          "instrucciones", "respuesta", "ignora", "tu", "mi", "yo", "usted", "nos", "le", "les");
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "is", "are", "was", "were", "that", "it", "for", "on",
          "with", "as", "at", "by", "this", "be", "from", "or", "an", "what", "which", "how", "many",
          "much", "does", "do", "did", "have", "has", "you", "your", "i", "my", "we", "they",
          "please", "hello", "thanks", "can", "will", "would", "should", "there", "all", "ignore",
          "previous", "instructions", "answer");

  private Languages() {}

  /** Guesses the language of {@code text}. */
  public static String detect(String text) {
    String folded =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    int es = 0;
    int en = 0;
    for (String word : folded.split("[^\\p{L}]+")) {
      if (SPANISH.contains(word)) {
        es++;
      }
      if (ENGLISH.contains(word)) {
        en++;
      }
    }
    boolean spanishMarks = text.indexOf('ñ') >= 0 || text.indexOf('¿') >= 0 || text.indexOf('¡') >= 0;
    if (spanishMarks) {
      es += 2;
    }
    if (es == en) {
      return "und";
    }
    return es > en ? "es" : "en";
  }
}
