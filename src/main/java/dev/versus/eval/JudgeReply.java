package dev.versus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a judge model replied, read robustly: a JSON object anywhere in the text (fenced or in
 * prose) with {@code score} and/or {@code verdict} / {@code pass}, or else lines such as {@code
 * Score: 7}, {@code Score: 7/10}, {@code Verdict: PASS} (also {@code Puntuación}, {@code
 * Veredicto}). Scores are on a 0..{@code scale} scale unless written as {@code N/M}. A reply
 * with neither a usable score nor a verdict is {@link Unusable}, never a guessed 0.
 */
sealed interface JudgeReply {
  /** The judge's grade, {@code value} in [0, 1]. */
  record Graded(double value, boolean passed, String verdict, String reason) implements JudgeReply {}

  /** A reply that could not be read as a grade, and why. */
  record Unusable(String why) implements JudgeReply {}

  Pattern SCORE_LINE = Pattern.compile(
      "(?im)^[\\s*_#>-]*(?:score|puntuaci[oó]n|nota)[*_]*\\s*[:=]\\s*[*_]*\\s*(-?\\d+(?:[.,]\\d+)?)"
          + "(?:\\s*(?:/|out of|de|sobre)\\s*(\\d+(?:[.,]\\d+)?))?");
  Pattern VERDICT_LINE = Pattern.compile(
      "(?im)^[\\s*_#>-]*(?:verdict|veredicto|result|resultado)[*_]*\\s*[:=]\\s*[*_\"']*\\s*"
          + "([\\p{L}]+)");
  Pattern FRACTION = Pattern.compile("^\\s*(-?\\d+(?:[.,]\\d+)?)\\s*(?:/\\s*(\\d+(?:[.,]\\d+)?))?\\s*$");

  /**
   * Reads {@code text}; {@code scale} is the top of the score range the prompt asked for, and a
   * reply without a verdict passes when its score reaches {@code threshold} (0..1).
   */
  static JudgeReply parse(String text, double scale, double threshold) {
    if (text.isBlank()) {
      return new Unusable("the judge's reply is empty");
    }
    Optional<JsonNode> json = JsonExtraction.first(text).filter(JsonNode::isObject);
    if (json.isPresent() && (json.get().has("score") || json.get().has("verdict")
        || json.get().has("pass"))) {
      JsonNode n = json.get();
      JsonNode scoreNode = n.path("score");
      String scoreText = scoreNode.isNumber() ? scoreNode.asText()
          : scoreNode.isTextual() ? scoreNode.textValue() : "";
      Matcher f = FRACTION.matcher(scoreText);
      String number = scoreText.isEmpty() ? "" : f.matches() ? f.group(1) : "?";
      String of = number.isEmpty() || number.equals("?") ? null : f.group(2);
      String verdict = n.path("verdict").isTextual() ? n.path("verdict").textValue()
          : n.path("pass").isBoolean() ? (n.path("pass").booleanValue() ? "pass" : "fail") : "";
      String reason = n.path("reason").asText(n.path("explanation").asText(""));
      if (number.equals("?")) {
        return new Unusable("the judge's score '" + scoreText + "' is not a number");
      }
      return grade(number, of, verdict, reason, scale, threshold);
    }
    Matcher s = SCORE_LINE.matcher(text);
    Matcher v = VERDICT_LINE.matcher(text);
    String number = s.find() ? s.group(1) : "";
    String of = number.isEmpty() ? null : s.group(2);
    String verdict = v.find() ? v.group(1) : "";
    return grade(number, of, verdict, "", scale, threshold);
  }

  private static JudgeReply grade(String number, String of, String verdictText, String reason,
      double scale, double threshold) {
    Optional<Boolean> verdict = verdict(verdictText);
    if (!verdictText.isEmpty() && verdict.isEmpty()) {
      return new Unusable("the judge's verdict '" + verdictText + "' is neither pass nor fail");
    }
    if (number.isEmpty()) {
      return verdict.<JudgeReply>map(p -> new Graded(p ? 1.0 : 0.0, p, p ? "pass" : "fail", reason))
          .orElseGet(() -> new Unusable("no score or verdict found in the judge's reply"));
    }
    double top = of == null ? scale : Double.parseDouble(of.replace(',', '.'));
    double raw = Double.parseDouble(number.replace(',', '.'));
    if (!(top > 0) || raw < 0 || raw > top) {
      return new Unusable("the judge's score " + number + " is outside 0.." + format(top));
    }
    double value = raw / top;
    boolean passed = verdict.orElse(value >= threshold);
    String shown = format(raw) + "/" + format(top) + verdict.map(p -> p ? " pass" : " fail")
        .orElse("");
    return new Graded(value, passed, shown, reason);
  }

  private static Optional<Boolean> verdict(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "pass", "passed", "yes", "correct", "true", "aprobado", "correcto", "sí", "si" ->
          Optional.of(true);
      case "fail", "failed", "no", "incorrect", "false", "suspenso", "incorrecto" ->
          Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static String format(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
  }
}
