package dev.versus.gateway;

import java.util.regex.Pattern;

/**
 * Heuristic task type and complexity of a prompt, for hybrid rules ({@code task: math},
 * {@code complexity-over: 0.6}). Deterministic and cheap (a few regex scans).
 *
 * <p>Task types: {@code math}, {@code code}, {@code translation}, {@code summarization},
 * {@code classification}, {@code chat}. Complexity in [0, 1] grows with length, mathematical
 * notation, reasoning words and the number of questions.
 */
public final class TaskClassifier {
  private static final Pattern MATH =
      Pattern.compile(
          "(?iu)\\b(matri[xz]|matrices|determinante?|integral|deriva(da|tive)|ecuaci[oó]n|equation"
              + "|solve|resuelve|calcula|calculate|cu[aá]nto|how many|how much|porcentaje|percent)\\b"
              + "|\\d+\\s*[-+*/^=]\\s*\\d+");
  private static final Pattern CODE =
      Pattern.compile(
          "(?iu)```|\\b(function|funci[oó]n|class|clase|python|java|javascript|sql|bug|compile"
              + "|stack trace|c[oó]digo|code)\\b");
  private static final Pattern TRANSLATION =
      Pattern.compile("(?iu)\\b(translate|traduce|traducir|traducción|translation)\\b");
  private static final Pattern SUMMARY =
      Pattern.compile("(?iu)\\b(summari[sz]e|summary|resume|resumen|resumir|tl;dr)\\b");
  private static final Pattern CLASSIFY =
      Pattern.compile(
          "(?iu)\\b(classify|clasifica|categor(y|ía|iza)|sentiment|sentimiento|intent|intención|label|etiqueta)\\b");
  private static final Pattern REASONING =
      Pattern.compile(
          "(?iu)\\b(why|por qu[eé]|explain|explica|prove|demuestra|step by step|paso a paso|compare|compara|analy[sz]e|analiza)\\b");

  private TaskClassifier() {}

  /** The task type of a prompt. */
  public static String task(String prompt) {
    if (CODE.matcher(prompt).find()) {
      return "code";
    }
    if (MATH.matcher(prompt).find()) {
      return "math";
    }
    if (TRANSLATION.matcher(prompt).find()) {
      return "translation";
    }
    if (SUMMARY.matcher(prompt).find()) {
      return "summarization";
    }
    if (CLASSIFY.matcher(prompt).find()) {
      return "classification";
    }
    return "chat";
  }

  /** A complexity score in [0, 1]. */
  public static double complexity(String prompt, int promptTokens) {
    double length = Math.min(1.0, Math.log1p(promptTokens) / Math.log1p(8000));
    double math = MATH.matcher(prompt).results().count() > 0 ? 1 : 0;
    double reasoning = Math.min(1.0, REASONING.matcher(prompt).results().count() / 2.0);
    long questions = prompt.chars().filter(c -> c == '?').count();
    double multi = Math.min(1.0, Math.max(0, questions - 1) / 3.0);
    double score = 0.35 * length + 0.25 * math + 0.25 * reasoning + 0.15 * multi;
    return Math.round(score * 1000) / 1000.0;
  }

}
