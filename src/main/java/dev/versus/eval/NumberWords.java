package dev.versus.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers written in words in English and Spanish: units, teens, tens ({@code twenty-one}, {@code
 * veintiuno}, {@code treinta y dos}), hundreds ({@code cien}, {@code ciento}, {@code quinientos}),
 * thousands ({@code thousand}, {@code mil}) and millions. Enough for typical short answers.
 */
final class NumberWords {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
  private static final Map<String, Long> SMALL = new HashMap<>();
  private static final Map<String, Long> SCALE = new HashMap<>();

  static {
    String[] en = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"
    };
    for (int i = 0; i < en.length; i++) {
      SMALL.put(en[i], (long) i);
    }
    String[] es = {
      "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
      "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
      "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco",
      "veintiseis", "veintisiete", "veintiocho", "veintinueve"
    };
    for (int i = 0; i < es.length; i++) {
      SMALL.put(es[i], (long) i);
    }
    SMALL.put("un", 1L);
    SMALL.put("una", 1L);
    SMALL.put("veintiun", 21L);
    String[] tensEn = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    String[] tensEs = {
      "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"
    };
    for (int i = 0; i < tensEn.length; i++) {
      SMALL.put(tensEn[i], 20L + 10L * i);
      SMALL.put(tensEs[i], 20L + 10L * i);
    }
    SMALL.put("cien", 100L);
    SMALL.put("ciento", 100L);
    String[] hundredsEs = {
      "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
      "ochocientos", "novecientos"
    };
    for (int i = 0; i < hundredsEs.length; i++) {
      SMALL.put(hundredsEs[i], 200L + 100L * i);
      SMALL.put(hundredsEs[i].replaceAll("os$", "as"), 200L + 100L * i);
    }
    SCALE.put("hundred", 100L);
    SCALE.put("hundreds", 100L);
    SCALE.put("thousand", 1_000L);
    SCALE.put("thousands", 1_000L);
    SCALE.put("mil", 1_000L);
    SCALE.put("million", 1_000_000L);
    SCALE.put("millions", 1_000_000L);
    SCALE.put("millon", 1_000_000L);
    SCALE.put("millones", 1_000_000L);
  }

  private NumberWords() {}

  /** The value of a text that is only a number in words (a trailing period allowed). */
  static OptionalDouble parseWhole(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return OptionalDouble.empty();
    }
    for (String w : words) {
      if (!isNumberWord(w) && !isConnector(w)) {
        return OptionalDouble.empty();
      }
    }
    return value(words);
  }

  /** The value of the last run of number words in {@code text}, if there is one. */
  static OptionalDouble lastIn(String text) {
    List<String> words = words(text);
    List<String> run = new ArrayList<>();
    List<String> last = List.of();
    for (String w : words) {
      if (isNumberWord(w) || (isConnector(w) && !run.isEmpty())) {
        run.add(w);
      } else {
        if (!run.isEmpty()) {
          last = List.copyOf(run);
        }
        run.clear();
      }
    }
    if (!run.isEmpty()) {
      last = List.copyOf(run);
    }
    return last.isEmpty() ? OptionalDouble.empty() : value(last);
  }

  private static OptionalDouble value(List<String> run) {
    List<String> trimmed = new ArrayList<>(run);
    while (!trimmed.isEmpty() && isConnector(trimmed.get(trimmed.size() - 1))) {
      trimmed.remove(trimmed.size() - 1);
    }
    if (trimmed.isEmpty()) {
      return OptionalDouble.empty();
    }
    long total = 0;
    long current = 0;
    for (String w : trimmed) {
      if (isConnector(w)) {
        continue;
      }
      Long small = SMALL.get(w);
      if (small != null) {
        current += small;
        continue;
      }
      long scale = SCALE.get(w);
      if (scale == 100) {
        current = Math.max(current, 1) * 100;
      } else {
        total += Math.max(current, 1) * scale;
        current = 0;
      }
    }
    return OptionalDouble.of(total + current);
  }

  private static boolean isNumberWord(String w) {
    return SMALL.containsKey(w) || SCALE.containsKey(w);
  }

  private static boolean isConnector(String w) {
    return w.equals("and") || w.equals("y");
  }

  private static List<String> words(String text) {
    String plain =
        MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    List<String> out = new ArrayList<>();
    for (String w : NOT_LETTERS.split(plain)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    // "a hundred", "a thousand": the article counts as one only before a scale word.
    for (int i = 0; i + 1 < out.size(); i++) {
      if (out.get(i).equals("a") && SCALE.containsKey(out.get(i + 1))) {
        out.set(i, "one");
      }
    }
    return out;
  }
}
