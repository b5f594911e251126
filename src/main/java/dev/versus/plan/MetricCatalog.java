package dev.versus.plan;

import dev.versus.plan.MetricDef.Argument;
import dev.versus.plan.MetricDef.Part;
import dev.versus.plan.MetricDef.Scope;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metrics a claim may name, by name. A {@link Figures} implementation must be able to provide
 * every one of them (or say why it cannot); {@link #standard()} is the full list.
 */
public final class MetricCatalog {
  private static final Set<Stat> DISTRIBUTION = EnumSet.complementOf(EnumSet.of(Stat.NONE));
  private static final MetricCatalog STANDARD = build();

  private final Map<String, MetricDef> metrics;

  private MetricCatalog(Map<String, MetricDef> metrics) {
    this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** The metrics versus measures (DESIGN §5, §6 and cost). */
  public static MetricCatalog standard() {
    return STANDARD;
  }

  /** The metric with this name. */
  public Optional<MetricDef> find(String name) {
    return Optional.ofNullable(metrics.get(name));
  }

  /** Every metric, in catalogue order. */
  public Map<String, MetricDef> all() {
    return metrics;
  }

  private static MetricCatalog build() {
    Map<String, MetricDef> m = new LinkedHashMap<>();
    latency(m, "ttft", "time to first output token (content or reasoning) − actual send");
    latency(m, "ttfat", "time to first answer (content) token − actual send");
    latency(m, "itl", "gaps between consecutive output-carrying events");
    latency(m, "tpot", "(E2E − TTFT) / (output tokens − 1), per request");
    latency(m, "e2e", "last byte − actual send");
    latency(m, "schedule_latency", "last byte − intended send (open loop)");
    level(m, "requests_per_second", Unit.REQUESTS_PER_SECOND, "completed requests per second");
    level(m, "output_tokens_per_second", Unit.TOKENS_PER_SECOND, "output tokens per second, all streams");
    level(m, "total_tokens_per_second", Unit.TOKENS_PER_SECOND, "input + output tokens per second");
    level(m, "peak_output_tokens_per_second", Unit.TOKENS_PER_SECOND, "highest 1 s bucket of output tokens/s");
    level(m, "output_tokens_per_second_per_stream", Unit.TOKENS_PER_SECOND,
        "mean over requests of output tokens / (E2E − TTFT): the speed one stream sees");
    level(m, "goodput", Unit.REQUESTS_PER_SECOND, "requests per second meeting every SLO");
    level(m, "goodput_ratio", Unit.RATIO, "share of requests meeting every SLO (errors count against)");
    put(m, new MetricDef("error_rate", Unit.RATIO, Set.of(), Argument.OPTIONAL, Scope.LEVEL, Part.PERFORMANCE,
        "share of requests that failed; [CLASS] keeps one error class (DESIGN §5)"));
    put(m, new MetricDef("errors", Unit.COUNT, Set.of(), Argument.OPTIONAL, Scope.LEVEL, Part.PERFORMANCE,
        "number of failed requests; [CLASS] keeps one error class, e.g. backend_crash"));
    put(m, new MetricDef("memory_bytes", Unit.BYTES, DISTRIBUTION, Argument.NONE, Scope.RUN_OR_LEVEL, Part.PERFORMANCE,
        "server memory in use (weights + KV cache), sampled from the server's metrics"));
    put(m, new MetricDef("kv_cache_usage", Unit.RATIO, DISTRIBUTION, Argument.NONE, Scope.RUN_OR_LEVEL, Part.PERFORMANCE,
        "KV-cache usage from 0 to 1 (vllm:kv_cache_usage_perc), sampled"));
    run(m, "max_concurrency_within_slo", Unit.COUNT, Argument.NONE, Part.PERFORMANCE,
        "highest concurrency meeting the SLOs with the error rate under its bound (find-max)");
    run(m, "max_rate_within_slo", Unit.REQUESTS_PER_SECOND, Argument.NONE, Part.PERFORMANCE,
        "highest arrival rate meeting the SLOs with the error rate under its bound (find-max)");
    run(m, "score", Unit.RATIO, Argument.REQUIRED, Part.QUALITY, "mean score of a quality suite, from 0 to 1");
    run(m, "score_chunked", Unit.RATIO, Argument.REQUIRED, Part.QUALITY,
        "the suite's score when long inputs are chunked on the client (long-context)");
    run(m, "macro_f1", Unit.RATIO, Argument.REQUIRED, Part.QUALITY, "macro-F1 of a classification suite");
    run(m, "consistency", Unit.RATIO, Argument.REQUIRED, Part.QUALITY, "agreement of answers across repeats");
    run(m, "relative_error", Unit.RATIO, Argument.REQUIRED, Part.QUALITY,
        "mean element-wise relative error of numeric or matrix answers (math-matrices)");
    run(m, "max_context_tokens", Unit.COUNT, Argument.NONE, Part.QUALITY,
        "longest prompt, in tokens, the long-context suite got an answer for without an error");
    run(m, "cost_per_1k_requests", Unit.USD, Argument.NONE, Part.COST,
        "price × measured tokens per 1,000 requests; self-hosted: GPU-hour price × GPUs / throughput");
    run(m, "cost_per_day", Unit.USD, Argument.NONE, Part.COST,
        "cost_per_1k_requests × cost.requests-per-day / 1000");
    return new MetricCatalog(m);
  }

  private static void latency(Map<String, MetricDef> m, String name, String meaning) {
    put(m, new MetricDef(name, Unit.SECONDS, DISTRIBUTION, Argument.NONE, Scope.LEVEL,
        Part.PERFORMANCE, meaning));
  }

  private static void level(Map<String, MetricDef> m, String name, Unit unit, String meaning) {
    put(m, new MetricDef(name, unit, Set.of(), Argument.NONE, Scope.LEVEL,
        Part.PERFORMANCE, meaning));
  }

  private static void run(Map<String, MetricDef> m, String name, Unit unit, Argument argument,
      Part part, String meaning) {
    put(m, new MetricDef(name, unit, Set.of(), argument, Scope.RUN, part, meaning));
  }

  private static void put(Map<String, MetricDef> m, MetricDef def) {
    m.put(def.name(), def);
  }
}
