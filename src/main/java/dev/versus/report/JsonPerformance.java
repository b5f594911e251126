package dev.versus.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.ErrorClass;
import java.util.Map;
import java.util.TreeMap;

/** The {@code performance} object of the JSON form. */
final class JsonPerformance {
  private JsonPerformance() {}

  static ObjectNode performance(ObjectMapper mapper, Performance performance) {
    ObjectNode node = mapper.createObjectNode();
    node.put("slo", performance.slo());
    node.put("duration_seconds", performance.durationSeconds());
    node.put("warmup_seconds", performance.warmupSeconds());
    ArrayNode levels = node.putArray("levels");
    performance.levels().forEach(l -> levels.add(level(mapper, l)));
    ArrayNode knees = node.putArray("knees");
    performance.knees().forEach(k -> knees.add(knee(mapper, k)));
    return node;
  }

  private static ObjectNode level(ObjectMapper mapper, LevelResult l) {
    ObjectNode node = mapper.createObjectNode();
    node.put("model", l.modelKey());
    node.put("load_kind", l.level().kind().wireName());
    node.put("load_value", l.level().value());
    node.put("requests", l.requests());
    node.put("failed", l.failedRequests());
    node.put("error_rate_percent", l.errorRatePercent());
    ObjectNode errors = node.putObject("errors");
    new TreeMap<ErrorClass, Long>(l.errors()).forEach((c, n) -> errors.put(c.wireName(), n));
    ObjectNode latency = node.putObject("latency_ms");
    for (LatencyMetric metric : LatencyMetric.values()) {
      latency.set(metric.wireName(), distribution(mapper, l.latency(metric)));
    }
    node.put("output_tokens_per_second", l.outputTokensPerSecond());
    node.put("peak_output_tokens_per_second", l.peakOutputTokensPerSecond());
    node.put("requests_per_second", l.requestsPerSecond());
    node.put("goodput_percent", l.goodputPercent());
    node.put("token_source", l.tokenSource().wireName());
    ObjectNode cdfs = node.putObject("cdfs");
    for (Map.Entry<LatencyMetric, java.util.List<CdfPoint>> e : new TreeMap<>(l.cdfs()).entrySet()) {
      ArrayNode points = cdfs.putArray(e.getKey().wireName());
      e.getValue().forEach(p -> points.addArray().add(p.valueMs()).add(p.fraction()));
    }
    ArrayNode samples = node.putArray("server_samples");
    for (ServerSample s : l.serverSamples()) {
      ObjectNode sample = samples.addObject();
      sample.put("at_seconds", s.atSeconds());
      sample.set("values", JsonRenderer.numbers(mapper, s.values()));
    }
    return node;
  }

  static ObjectNode distribution(ObjectMapper mapper, Distribution d) {
    ObjectNode node = mapper.createObjectNode();
    node.put("count", d.count());
    node.put("p50", d.p50Ms());
    node.put("p90", d.p90Ms());
    node.put("p95", d.p95Ms());
    node.put("p99", d.p99Ms());
    node.put("p99_9", d.p999Ms());
    node.put("mean", d.meanMs());
    node.put("stddev", d.stddevMs());
    node.put("min", d.minMs());
    node.put("max", d.maxMs());
    return node;
  }

  private static ObjectNode knee(ObjectMapper mapper, Knee knee) {
    ObjectNode node = mapper.createObjectNode();
    node.put("model", knee.modelKey());
    node.put("slo", knee.slo());
    switch (knee) {
      case Knee.Found f -> {
        node.put("found", true);
        node.put("load_kind", f.highestWithinSlo().kind().wireName());
        node.put("load_value", f.highestWithinSlo().value());
        node.put("sweep_ended_within_slo", f.sweepEndedWithinSlo());
      }
      case Knee.NoneWithinSlo n -> {
        node.put("found", false);
        node.put("load_kind", n.lowestTried().kind().wireName());
        node.put("load_value", n.lowestTried().value());
        node.put("sweep_ended_within_slo", false);
      }
    }
    return node;
  }
}
