package dev.versus.planrun;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.plan.FigureRef;
import dev.versus.plan.Figures.Lookup;
import dev.versus.plan.Measured;
import dev.versus.plan.Stat;
import dev.versus.plan.Unit;
import dev.versus.report.EndpointKind;
import java.util.Set;

/** Per-level performance figures from one level of a bench summary. */
final class PerformanceFigures {
  private static final Set<String> LATENCIES =
      Set.of("ttft", "ttfat", "itl", "tpot", "e2e", "schedule_latency");

  private PerformanceFigures() {}

  static Lookup lookup(FigureRef ref, JsonNode level, EndpointKind endpoint, String source) {
    String metric = ref.metric();
    if (LATENCIES.contains(metric)) {
      JsonNode d = level.path("latency_ms").path(metric);
      if (d.path("count").asLong() == 0) {
        return new Lookup.Missing(metric + " was not measured at " + ref.selector().label()
            + " (no successful request)");
      }
      return found(d.path(MeasuredFigures.statField(ref.stat())).asDouble() / 1000, Unit.SECONDS,
          endpoint, source + ", " + metric + " " + ref.stat().wireName());
    }
    JsonNode throughput = level.path("throughput");
    JsonNode errors = level.path("errors");
    long requests = level.path("requests").asLong();
    return switch (metric) {
      case "requests_per_second" -> found(throughput.path("requests_per_second").asDouble(),
          Unit.REQUESTS_PER_SECOND, endpoint, source);
      case "output_tokens_per_second" -> found(
          throughput.path("output_tokens_per_second").asDouble(), Unit.TOKENS_PER_SECOND,
          endpoint, source + ", " + tokenSource(level));
      case "total_tokens_per_second" -> found(
          throughput.path("total_tokens_per_second").asDouble(), Unit.TOKENS_PER_SECOND,
          endpoint, source + ", " + tokenSource(level));
      case "peak_output_tokens_per_second" -> found(
          throughput.path("peak_output_tokens_per_second").asDouble(), Unit.TOKENS_PER_SECOND,
          endpoint, source + ", 1 s buckets");
      case "output_tokens_per_second_per_stream" -> perStream(level, endpoint, source);
      case "goodput" -> found(level.path("goodput").path("requests_per_second").asDouble(),
          Unit.REQUESTS_PER_SECOND, endpoint, source);
      case "goodput_ratio" -> found(level.path("goodput").path("percent").asDouble() / 100,
          Unit.RATIO, endpoint, source);
      case "errors" -> found(errorCount(ref, errors), Unit.COUNT, endpoint, source);
      case "error_rate" -> requests == 0
          ? new Lookup.Missing("no requests at " + ref.selector().label())
          : found(errorCount(ref, errors) / requests, Unit.RATIO, endpoint, source);
      case "memory_bytes" -> serverMax(ref, level, "max_memory_bytes", Unit.BYTES, endpoint, source);
      case "kv_cache_usage" ->
          serverMax(ref, level, "max_kv_cache_usage_perc", Unit.RATIO, endpoint, source);
      case "max_concurrency_within_slo", "max_rate_within_slo" ->
          new Lookup.Missing("the plan did not search for the knee (find-max: true)");
      default -> new Lookup.Missing("versus does not measure '" + metric + "' per level");
    };
  }

  /** The speed one stream sees, from the mean time per output token after the first. */
  private static Lookup perStream(JsonNode level, EndpointKind endpoint, String source) {
    JsonNode tpot = level.path("latency_ms").path("tpot");
    if (tpot.path("count").asLong() == 0 || tpot.path("mean").asDouble() <= 0) {
      return new Lookup.Missing("no request produced two or more output tokens");
    }
    return found(1000 / tpot.path("mean").asDouble(), Unit.TOKENS_PER_SECOND, endpoint,
        source + ", 1 / mean TPOT");
  }

  private static double errorCount(FigureRef ref, JsonNode errors) {
    return ref.argument().isEmpty()
        ? errors.path("total").asDouble()
        : errors.path("by_class").path(ref.argument()).asDouble();
  }

  private static Lookup serverMax(FigureRef ref, JsonNode level, String field, Unit unit,
      EndpointKind endpoint, String source) {
    JsonNode server = level.path("server_metrics");
    if (!server.path("scraped").asBoolean() || !server.path(field).isNumber()) {
      return new Lookup.Missing("the server's metrics were not scraped (a hosted API exposes none)");
    }
    if (ref.stat() != Stat.MAX) {
      return new Lookup.Missing("only the maximum of the server's scrapes is kept; write ."
          + "max");
    }
    return found(server.path(field).asDouble(), unit, endpoint,
        source + ", max of " + server.path("scrapes").asLong() + " scrapes of " + server.path("url").asText());
  }

  private static String tokenSource(JsonNode level) {
    return level.path("tokens").path("client_counted").asBoolean()
        ? "client-counted tokens" : "server-reported tokens";
  }

  private static Lookup found(double value, Unit unit, EndpointKind endpoint, String source) {
    return new Lookup.Found(Measured.exact(value, unit, endpoint, source));
  }
}
