package dev.versus.metrics;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.ErrorClass;
import dev.versus.core.Usage;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a {@link Summary}, as it appears per load level in a bench's {@code
 * summary.json}: latency per {@link Metric} (under its {@link Metric#wireName()}) in milliseconds,
 * throughput, goodput, errors by class (every class, zeros included) and token counts with their
 * source. Field names are snake_case and stable (version 1).
 */
public final class SummaryJson {
  /** The latency statistics written per metric, in this order. */
  public static final List<String> LATENCY_FIELDS =
      List.of("count", "p50", "p90", "p95", "p99", "p99_9", "mean", "min", "max", "stddev");

  private SummaryJson() {}

  /** Writes {@code summary}'s figures into a new object. */
  public static ObjectNode toJson(Summary summary) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("requests", summary.requests());
    o.put("completed", summary.completed());
    o.put("failed", summary.failed());
    o.put("excluded", summary.excluded());
    o.put("window_seconds", summary.windowSeconds());
    ObjectNode latency = o.putObject("latency_ms");
    for (Metric metric : Metric.values()) {
      latency.set(metric.wireName(), latency(summary.latency(metric)));
    }
    Throughput t = summary.throughput();
    ObjectNode throughput = o.putObject("throughput");
    throughput.put("requests_per_second", t.requestsPerSecond());
    throughput.put("output_tokens_per_second", t.outputTokensPerSecond());
    throughput.put("total_tokens_per_second", t.totalTokensPerSecond());
    throughput.put("peak_output_tokens_per_second", t.peakOutputTokensPerSecond());
    Goodput g = summary.goodput();
    ObjectNode goodput = o.putObject("goodput");
    goodput.put("good_requests", g.goodRequests());
    goodput.put("requests_per_second", g.requestsPerSecond());
    goodput.put("percent", g.percent());
    ObjectNode errors = o.putObject("errors");
    errors.put("total", summary.failed());
    errors.put("rate", summary.errorRate());
    ObjectNode byClass = errors.putObject("by_class");
    for (ErrorClass errorClass : ErrorClass.values()) {
      byClass.put(errorClass.wireName(), summary.errors().getOrDefault(errorClass, 0L));
    }
    o.set("tokens", tokens(summary));
    return o;
  }

  private static ObjectNode latency(LatencyStats s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("count", s.count());
    o.put("p50", s.p50Ms());
    o.put("p90", s.p90Ms());
    o.put("p95", s.p95Ms());
    o.put("p99", s.p99Ms());
    o.put("p99_9", s.p999Ms());
    o.put("mean", s.meanMs());
    o.put("min", s.minMs());
    o.put("max", s.maxMs());
    o.put("stddev", s.stddevMs());
    return o;
  }

  private static ObjectNode tokens(Summary summary) {
    TokenTotals totals = summary.tokens();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("prompt", totals.promptTokens());
    o.put("output", totals.outputTokens());
    long server = summary.usageSources().getOrDefault(Usage.Source.SERVER, 0L);
    long client = summary.usageSources().getOrDefault(Usage.Source.CLIENT_COUNT, 0L);
    ObjectNode sources = o.putObject("source_counts");
    sources.put(source(Usage.Source.SERVER), server);
    sources.put(source(Usage.Source.CLIENT_COUNT), client);
    o.put("client_counted", client > 0);
    o.put("note", client == 0
        ? "token counts reported by the server"
        : client == summary.completed()
            ? "the server reported no usage: tokens counted by the client (cl100k_base, an estimate)"
            : "some responses had no usage: those tokens counted by the client (cl100k_base)");
    ObjectNode discrepancy = o.putObject("discrepancy");
    discrepancy.put("server_output", totals.serverOutputTokens());
    discrepancy.put("client_output", totals.clientOutputTokens());
    discrepancy.put("percent", totals.discrepancyPercent());
    return o;
  }

  private static String source(Usage.Source source) {
    return source.name().toLowerCase(Locale.ROOT);
  }
}
