package dev.versus.planrun;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.plan.FigureRef;
import dev.versus.plan.Figures.Lookup;
import dev.versus.plan.Measured;
import dev.versus.plan.Unit;
import dev.versus.report.EndpointKind;
import dev.versus.store.EvalResultRow;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quality figures from an eval run. {@code score} is the suite's score with its interval (for
 * long-context: the direct cases only, as {@code score_chunked} is its chunked variant's aggregate
 * cases); {@code relative_error} is the mean over answers of each answer's largest element-wise
 * relative error, capped at 1, an answer without a matrix counting as 1.
 */
final class QualityFigures {
  private static final Pattern RELATIVE_ERROR = Pattern.compile("relative error ([0-9.eE+-]+)");
  private static final Pattern LONG_CONTEXT_CASE = Pattern.compile(".*-(\\d{7})-d\\d{3}");
  private static final String LONG_CONTEXT = "long-context";

  private QualityFigures() {}

  static Lookup lookup(Measurements m, FigureRef ref, EndpointKind endpoint) {
    String suite = ref.metric().equals("max_context_tokens") ? LONG_CONTEXT : ref.argument();
    JsonNode result = m.evalResult(ref.model(), suite);
    if (result.isMissingNode()) {
      return new Lookup.Missing("suite '" + suite + "' was not run on '" + ref.model() + "'");
    }
    String source = "eval " + suite + ", n=" + result.path("n").asLong();
    List<EvalResultRow> rows = m.rows(ref.model(), suite);
    return switch (ref.metric()) {
      case "score" -> suite.equals(LONG_CONTEXT)
          ? mean(rows, false, endpoint, source + ", direct cases")
          : new Lookup.Found(new Measured(result.path("score").asDouble(),
              Math.min(result.path("score").asDouble(), result.path("ci_low").asDouble()),
              Math.max(result.path("score").asDouble(), result.path("ci_high").asDouble()),
              Unit.RATIO, endpoint, source + ", " + result.path("metric").asText()));
      case "score_chunked" -> mean(rows, true, endpoint, source + ", chunked (aggregate cases)");
      case "macro_f1" -> "macro_f1".equals(result.path("metric").asText())
          ? new Lookup.Found(new Measured(result.path("score").asDouble(),
              Math.min(result.path("score").asDouble(), result.path("ci_low").asDouble()),
              Math.max(result.path("score").asDouble(), result.path("ci_high").asDouble()),
              Unit.RATIO, endpoint, source))
          : new Lookup.Missing("suite '" + suite + "' is not a classification suite");
      case "consistency" -> result.path("consistency").isObject()
          ? new Lookup.Found(Measured.exact(
              result.path("consistency").path("all_agree_rate").asDouble(), Unit.RATIO, endpoint,
              source + ", all repeats agree"))
          : new Lookup.Missing("suite '" + suite + "' was asked once per case (repeat < 2)");
      case "relative_error" -> relativeError(rows, endpoint, source);
      case "max_context_tokens" -> maxContext(rows, endpoint, source);
      default -> new Lookup.Missing("not a quality metric: " + ref.metric());
    };
  }

  private static Lookup mean(List<EvalResultRow> rows, boolean chunked, EndpointKind endpoint,
      String source) {
    List<EvalResultRow> picked = rows.stream()
        .filter(r -> chunked ? r.caseId().endsWith("-agg")
            : LONG_CONTEXT_CASE.matcher(r.caseId()).matches())
        .toList();
    if (picked.isEmpty()) {
      return new Lookup.Missing(chunked
          ? "no chunked long-context cases were run (haystacks longer than one chunk)"
          : "no direct long-context cases were run");
    }
    double mean = picked.stream().mapToDouble(EvalResultRow::score).average().orElse(0);
    return new Lookup.Found(Measured.exact(mean, Unit.RATIO, endpoint,
        source.replaceFirst("n=\\d+", "n=" + picked.size())));
  }

  private static Lookup relativeError(List<EvalResultRow> rows, EndpointKind endpoint,
      String source) {
    if (rows.isEmpty()) {
      return new Lookup.Missing("no answers stored");
    }
    double sum = 0;
    for (EvalResultRow row : rows) {
      Matcher found = RELATIVE_ERROR.matcher(row.detailsJson());
      double error = 1;
      if (row.errorClass().isEmpty() && found.find()) {
        try {
          error = Math.min(1, Double.parseDouble(found.group(1)));
        } catch (NumberFormatException e) {
          error = 1;
        }
      }
      sum += error;
    }
    return new Lookup.Found(Measured.exact(sum / rows.size(), Unit.RATIO, endpoint,
        String.format(Locale.ROOT, "%s, mean of each answer's largest relative error", source)));
  }

  private static Lookup maxContext(List<EvalResultRow> rows, EndpointKind endpoint,
      String source) {
    long longest = -1;
    long tried = 0;
    for (EvalResultRow row : rows) {
      Matcher m = LONG_CONTEXT_CASE.matcher(row.caseId());
      if (m.matches()) {
        tried = Math.max(tried, Long.parseLong(m.group(1)));
        if (row.errorClass().isEmpty()) {
          longest = Math.max(longest, Long.parseLong(m.group(1)));
        }
      }
    }
    if (tried == 0) {
      return new Lookup.Missing("no direct long-context cases were run");
    }
    return new Lookup.Found(Measured.exact(Math.max(0, longest), Unit.COUNT, endpoint,
        source + ", longest haystack answered without an error (longest tried " + tried + ")"));
  }
}
