package dev.versus.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code quality}, {@code costs} and {@code claims} parts of the JSON form. */
final class JsonQuality {
  private JsonQuality() {}

  static ObjectNode quality(ObjectMapper mapper, Quality quality) {
    ObjectNode node = mapper.createObjectNode();
    ArrayNode scores = node.putArray("scores");
    for (SuiteScore s : quality.scores()) {
      ObjectNode score = scores.addObject();
      score.put("model", s.modelKey());
      score.put("suite", s.suite());
      score.put("metric", s.metric());
      score.put("higher_is_better", s.higherIsBetter());
      score.put("score", s.score());
      score.put("ci_low", s.ciLow());
      score.put("ci_high", s.ciHigh());
      score.put("confidence", s.confidence());
      score.put("n", s.n());
      score.put("errors", s.errors());
      score.put("cost_usd", s.costUsd());
    }
    ArrayNode comparisons = node.putArray("comparisons");
    for (PairwiseComparison c : quality.comparisons()) {
      ObjectNode comparison = comparisons.addObject();
      comparison.put("suite", c.suite());
      comparison.put("model_a", c.modelA());
      comparison.put("model_b", c.modelB());
      comparison.put("verdict", c.verdict().wireName());
      comparison.put("p_value", c.pValue());
      comparison.put("alpha", c.alpha());
      comparison.put("test", c.test());
      comparison.put("pairs", c.pairs());
    }
    ArrayNode consistency = node.putArray("consistency");
    for (Consistency c : quality.consistency()) {
      ObjectNode item = consistency.addObject();
      item.put("model", c.modelKey());
      item.put("suite", c.suite());
      item.put("repeats", c.repeats());
      item.put("agreement", c.agreement());
      item.put("ci_low", c.ciLow());
      item.put("ci_high", c.ciHigh());
      item.put("cases", c.cases());
    }
    ArrayNode judges = node.putArray("judges");
    for (SuiteJudge j : quality.judges()) {
      judges.addObject().put("suite", j.suite()).put("judge", j.judge()).put("rubric", j.rubric());
    }
    return node;
  }

  static ObjectNode cost(ObjectMapper mapper, CostEstimate cost) {
    ObjectNode node = mapper.createObjectNode();
    node.put("model", cost.modelKey());
    node.put("usd_per_1k_requests", cost.usdPer1kRequests());
    switch (cost) {
      case CostEstimate.ApiPrice a -> {
        node.put("basis", "api_price");
        node.put("mean_input_tokens", a.meanInputTokens());
        node.put("mean_output_tokens", a.meanOutputTokens());
        node.put("token_source", a.tokenSource().wireName());
        node.put("input_usd_per_million", a.price().inputUsd());
        node.put("output_usd_per_million", a.price().outputUsd());
      }
      case CostEstimate.SelfHosted s -> {
        node.put("basis", "self_hosted");
        node.put("gpu_hour_usd", s.gpuHourUsd());
        node.put("gpus", s.gpus());
        node.put("requests_per_second", s.requestsPerSecond());
        node.put("load_kind", s.level().kind().wireName());
        node.put("load_value", s.level().value());
      }
    }
    return node;
  }

  static ObjectNode claim(ObjectMapper mapper, Claim claim) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", claim.id());
    node.put("text", claim.text());
    node.put("expression", claim.expression());
    node.put("verdict", claim.verdict().wireName());
    node.put("reason", claim.reason());
    ArrayNode evidence = node.putArray("evidence");
    for (Evidence e : claim.evidence()) {
      ObjectNode item = evidence.addObject();
      item.put("name", e.name());
      item.put("value", e.value());
      item.put("low", e.low());
      item.put("high", e.high());
      item.put("unit", e.unit());
      item.put("endpoint", e.endpoint().wireName());
      item.put("source", e.source());
    }
    ArrayNode notes = node.putArray("notes");
    claim.notes().forEach(notes::add);
    return node;
  }
}
