package dev.versus.eval;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit answer extraction. Strict: the last answer written in a recognised format ({@code ####
 * 42}, {@code \boxed{42}}, {@code Answer: 42}, {@code Final answer: 42}, {@code The answer is 42},
 * {@code Respuesta: 42}, {@code La respuesta es 42}, {@code Resultado: 42}). Flexible: the last
 * number anywhere in the text (digits, or words when there are no digits).
 */
public final class AnswerExtraction {
  private static final Pattern BOXED = Pattern.compile("\\\\boxed\\{((?:[^{}]|\\{[^{}]*})*)}");
  private static final List<Pattern> LINE_FORMATS =
      List.of(
          Pattern.compile("####\\s*([^\\n]+)"),
          Pattern.compile(
              "(?iu)(?:final answer|answer|respuesta final|respuesta|resultado final|resultado)"
                  + "\\s*\\**\\s*[:：]\\s*\\**\\s*([^\\n]+)"),
          Pattern.compile(
              "(?iu)(?:the (?:final )?answer is|la respuesta (?:final |correcta )?es"
                  + "|el resultado (?:final )?es)\\s*[:：]?\\s*([^\\n]+)"));

  private AnswerExtraction() {}

  /** The answer text in an explicit format (the last one in the response), trimmed. */
  public static Optional<String> strict(String response) {
    int bestPos = -1;
    String best = null;
    Matcher boxed = BOXED.matcher(response);
    while (boxed.find()) {
      if (boxed.start() >= bestPos) {
        bestPos = boxed.start();
        best = boxed.group(1);
      }
    }
    for (Pattern p : LINE_FORMATS) {
      Matcher m = p.matcher(response);
      while (m.find()) {
        if (m.start() > bestPos) {
          bestPos = m.start();
          best = m.group(1);
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String cleaned = clean(best);
    return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
  }

  /** The number given as the explicit answer: the first number inside the strict answer text. */
  public static OptionalDouble strictNumber(String response, String language) {
    Optional<String> answer = strict(response);
    if (answer.isEmpty()) {
      return OptionalDouble.empty();
    }
    List<NumberParser.Found> found = NumberParser.findAll(answer.get(), language);
    if (!found.isEmpty()) {
      return OptionalDouble.of(found.get(0).value());
    }
    return NumberWords.lastIn(answer.get());
  }

  /** The last number in the response: digits first, words when the response has no digits. */
  public static OptionalDouble flexibleNumber(String response, String language) {
    List<NumberParser.Found> found = NumberParser.findAll(response, language);
    if (!found.isEmpty()) {
      return OptionalDouble.of(found.get(found.size() - 1).value());
    }
    return NumberWords.lastIn(response);
  }

  /** The number the response answers with, found as {@code mode} says. */
  public static OptionalDouble number(String response, ExtractionMode mode, String language) {
    return switch (mode) {
      case STRICT -> strictNumber(response, language);
      case FLEXIBLE -> flexibleNumber(response, language);
      case AUTO -> {
        OptionalDouble strict = strictNumber(response, language);
        yield strict.isPresent() ? strict : flexibleNumber(response, language);
      }
    };
  }

  /** The answer text as {@code mode} says: the strict answer, or the whole trimmed response. */
  public static String text(String response, ExtractionMode mode) {
    return switch (mode) {
      case STRICT -> strict(response).orElse("");
      case FLEXIBLE -> response.strip();
      case AUTO -> strict(response).orElse(response.strip());
    };
  }

  private static String clean(String s) {
    String t = s.strip().replace("**", "").replace("$$", "").strip();
    if (t.startsWith("\\(") && t.endsWith("\\)")) {
      t = t.substring(2, t.length() - 2).strip();
    }
    while (!t.isEmpty() && ".;".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
