package dev.versus.runreport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ErrorClass;
import dev.versus.report.Distribution;
import dev.versus.report.Knee;
import dev.versus.report.LatencyMetric;
import dev.versus.report.LevelResult;
import dev.versus.report.LoadLevel;
import dev.versus.report.Price;
import dev.versus.report.ServerSample;
import dev.versus.report.TokenSource;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a bench run's summary document ({@code versus bench}, version 1) into {@link Parts}. */
final class BenchSummaries {
  private static final Map<String, String> SERVER_MAXIMA = Map.of(
      "max_kv_cache_usage_perc", "vllm:kv_cache_usage_perc",
      "max_num_requests_running", "vllm:num_requests_running",
      "max_num_requests_waiting", "vllm:num_requests_waiting",
      "max_memory_bytes", "versus_sim_memory_bytes");

  private BenchSummaries() {}

  static void read(String runId, JsonNode summary, Parts parts, Map<String, String> keyOf) {
    JsonNode config = summary.path("config");
    JsonNode limits = config.path("limits");
    parts.durationSeconds = Math.max(parts.durationSeconds, limits.path("duration_seconds").asDouble());
    parts.warmupSeconds = Math.max(parts.warmupSeconds, limits.path("warmup_seconds").asDouble());
    String slo = slo(config.path("slo_ms"));
    parts.slo = parts.slo.isEmpty() ? slo : parts.slo;
    if (parts.language.isEmpty()) {
      parts.language = language(config.path("workload").asText(""));
    }
    for (JsonNode model : summary.path("models")) {
      String stored = model.path("model").asText();
      String key = keyOf.getOrDefault(stored, ModelKeys.of(stored));
      String reference = model.path("reference").asText(stored);
      boolean simulated = model.path("simulated").asBoolean(summary.path("simulated").asBoolean());
      parts.model(key, key, reference, ModelKeys.provider(reference), simulated,
          Price.unpriced());
      long prompt = 0;
      long output = 0;
      long completed = 0;
      long server = 0;
      long client = 0;
      for (JsonNode level : model.path("levels")) {
        parts.levels.add(level(key, level));
        prompt += level.path("tokens").path("prompt").asLong();
        output += level.path("tokens").path("output").asLong();
        completed += level.path("completed").asLong();
        server += level.path("tokens").path("source_counts").path("server").asLong();
        client += level.path("tokens").path("source_counts").path("client_count").asLong();
      }
      if (completed > 0) {
        parts.tokensPerRequest.put(key, new double[] {(double) prompt / completed,
            (double) output / completed});
        parts.tokenSources.put(key, tokenSource(server, client).name());
      }
      JsonNode knee = model.path("knee");
      if (knee.isObject() && knee.path("searched").asBoolean()) {
        parts.knees.add(knee(key, slo, knee, model.path("levels")));
      }
    }
  }

  private static LevelResult level(String key, JsonNode level) {
    JsonNode load = level.path("load");
    LoadLevel at = "open".equals(load.path("type").asText())
        ? LoadLevel.rate(load.path("rate").asDouble())
        : LoadLevel.concurrency(load.path("concurrency").asInt());
    Map<ErrorClass, Long> errors = new EnumMap<>(ErrorClass.class);
    Iterator<Map.Entry<String, JsonNode>> byClass =
        level.path("errors").path("by_class").properties().iterator();
    while (byClass.hasNext()) {
      Map.Entry<String, JsonNode> e = byClass.next();
      if (e.getValue().asLong() > 0) {
        errors.put(ErrorClass.fromWire(e.getKey()), e.getValue().asLong());
      }
    }
    Map<LatencyMetric, Distribution> latencies = new EnumMap<>(LatencyMetric.class);
    for (LatencyMetric metric : LatencyMetric.values()) {
      latencies.put(metric, distribution(level.path("latency_ms").path(metric.wireName())));
    }
    JsonNode throughput = level.path("throughput");
    JsonNode sources = level.path("tokens").path("source_counts");
    return new LevelResult(key, at, level.path("requests").asLong(), errors, latencies,
        throughput.path("output_tokens_per_second").asDouble(),
        throughput.path("peak_output_tokens_per_second").asDouble(),
        throughput.path("requests_per_second").asDouble(),
        Math.min(100, Math.max(0, level.path("goodput").path("percent").asDouble())),
        tokenSource(sources.path("server").asLong(), sources.path("client_count").asLong()),
        Map.of(), server(level.path("server_metrics")));
  }

  static Distribution distribution(JsonNode d) {
    long count = d.path("count").asLong();
    if (count == 0) {
      return Distribution.EMPTY;
    }
    return new Distribution(count, d.path("p50").asDouble(), d.path("p90").asDouble(),
        d.path("p95").asDouble(), d.path("p99").asDouble(), d.path("p99_9").asDouble(),
        d.path("mean").asDouble(), d.path("stddev").asDouble(), d.path("min").asDouble(),
        d.path("max").asDouble());
  }

  /** The bench keeps the maxima of its scrapes, so they become one sample at the window's start. */
  private static List<ServerSample> server(JsonNode metrics) {
    if (!metrics.path("scraped").asBoolean()) {
      return List.of();
    }
    Map<String, Double> values = new LinkedHashMap<>();
    SERVER_MAXIMA.forEach((field, name) -> {
      if (metrics.path(field).isNumber()) {
        values.put(name, metrics.path(field).asDouble());
      }
    });
    return values.isEmpty() ? List.of() : List.of(new ServerSample(0, values));
  }

  private static TokenSource tokenSource(long server, long client) {
    if (client == 0) {
      return TokenSource.SERVER_REPORTED;
    }
    return server == 0 ? TokenSource.CLIENT_COUNTED : TokenSource.MIXED;
  }

  private static Knee knee(String key, String slo, JsonNode knee, JsonNode levels) {
    if (knee.path("found").asBoolean()) {
      LoadLevel at = knee.has("rate")
          ? LoadLevel.rate(knee.path("rate").asDouble())
          : LoadLevel.concurrency(knee.path("concurrency").asInt());
      return new Knee.Found(key, slo, at, !knee.path("saturated").asBoolean());
    }
    JsonNode first = levels.path(0).path("load");
    LoadLevel lowest = "open".equals(first.path("type").asText())
        ? LoadLevel.rate(first.path("rate").asDouble(1))
        : LoadLevel.concurrency(Math.max(1, first.path("concurrency").asInt(1)));
    return new Knee.NoneWithinSlo(key, slo, lowest);
  }

  private static String slo(JsonNode sloMs) {
    StringBuilder text = new StringBuilder();
    Iterator<Map.Entry<String, JsonNode>> it = sloMs.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!text.isEmpty()) {
        text.append(", ");
      }
      text.append(e.getKey()).append(" <= ")
          .append(String.format(Locale.ROOT, "%.0f", e.getValue().asDouble())).append(" ms");
    }
    return text.isEmpty() ? "none" : text.toString();
  }

  private static String language(String workload) {
    int at = workload.indexOf("language=");
    if (at < 0) {
      return "";
    }
    String rest = workload.substring(at + "language=".length());
    int end = rest.indexOf(' ');
    return end < 0 ? rest : rest.substring(0, end);
  }
}
