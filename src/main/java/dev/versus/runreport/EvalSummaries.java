package dev.versus.runreport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.eval.Interval;
import dev.versus.eval.Stats;
import dev.versus.report.Consistency;
import dev.versus.report.PairwiseComparison;
import dev.versus.report.PairwiseVerdict;
import dev.versus.report.Price;
import dev.versus.report.SuiteJudge;
import dev.versus.report.SuiteScore;
import java.util.Map;

/** Reads an eval run's summary document ({@code versus.eval.summary/1}) into {@link Parts}. */
final class EvalSummaries {
  private EvalSummaries() {}

  static void read(JsonNode summary, Parts parts, Map<String, String> keyOf,
      Map<String, Price> prices) {
    boolean simulated = summary.path("simulated").asBoolean();
    double confidence = summary.path("settings").path("confidence").asDouble(0.95);
    int repeat = summary.path("settings").path("repeat").asInt(1);
    for (JsonNode model : summary.path("models")) {
      String stored = model.asText();
      String key = keyOf.getOrDefault(stored, ModelKeys.of(stored));
      parts.model(key, key, stored, ModelKeys.provider(stored), simulated || stored.startsWith("sim:"),
          prices.getOrDefault(stored, Price.unpriced()));
    }
    for (JsonNode r : summary.path("results")) {
      String key = key(r.path("model").asText(), keyOf);
      String suite = r.path("suite").asText();
      String metric = r.path("metric").asText("accuracy");
      double score = r.path("score").asDouble();
      double low = Math.min(score, r.path("ci_low").asDouble(score));
      double high = Math.max(score, r.path("ci_high").asDouble(score));
      long n = r.path("n").asLong();
      long results = Math.max(n, r.path("results").asLong(n));
      parts.scores.add(new SuiteScore(key, suite, metric, higherIsBetter(metric), score, low, high,
          r.path("confidence").asDouble(confidence), results,
          Math.min(results, r.path("errors").asLong()),
          r.path("cost").isNumber() ? Math.max(0, r.path("cost").asDouble()) : 0));
      JsonNode agreement = r.path("consistency");
      if (agreement.isObject() && repeat >= 2 && n > 0) {
        double rate = agreement.path("all_agree_rate").asDouble();
        Interval ci = Stats.wilson(Math.round(rate * n), n, confidence);
        parts.consistency.add(new Consistency(key, suite, repeat, rate,
            Math.min(rate, ci.low()), Math.max(rate, ci.high()), n));
      }
    }
    for (JsonNode j : summary.path("judges")) {
      SuiteJudge judge = new SuiteJudge(j.path("suite").asText(), j.path("judge").asText(),
          j.path("rubric").asText());
      if (!parts.judges.contains(judge)) {
        parts.judges.add(judge);
      }
    }
    for (JsonNode c : summary.path("comparisons")) {
      String a = key(c.path("model_a").asText(), keyOf);
      String b = key(c.path("model_b").asText(), keyOf);
      double p = Math.min(1, Math.max(0, c.path("p_value").asDouble(1)));
      double alpha = c.path("alpha").asDouble(0.05);
      PairwiseVerdict verdict = PairwiseVerdict.NO_SIGNIFICANT_DIFFERENCE;
      if (p < alpha) {
        String better = c.path("better").asText("");
        boolean bBetter = better.isEmpty()
            ? c.path("difference").asDouble() < 0
            : key(better, keyOf).equals(b);
        verdict = bBetter ? PairwiseVerdict.B_BETTER : PairwiseVerdict.A_BETTER;
      }
      parts.comparisons.add(new PairwiseComparison(c.path("suite").asText(), a, b, verdict, p,
          alpha, c.path("test").asText("paired test"), c.path("n").asLong()));
    }
  }

  private static String key(String stored, Map<String, String> keyOf) {
    return keyOf.getOrDefault(stored, ModelKeys.of(stored));
  }

  /** Rates of bad outcomes and errors read lower-is-better; scores and F1s higher-is-better. */
  static boolean higherIsBetter(String metric) {
    return !(metric.contains("error") || metric.contains("leak") || metric.contains("loss"));
  }
}
