package dev.versus.report;

import java.util.Map;

/**
 * One scrape of the server's metrics endpoint during a level (memory, KV cache, queue).
 *
 * @param atSeconds seconds since the level's measured window began
 * @param values metric name (as the server exports it, e.g. {@code vllm:kv_cache_usage_perc}) to value
 */
public record ServerSample(double atSeconds, Map<String, Double> values) {
  public ServerSample {
    Checks.nonNegative(atSeconds, "serverSample.atSeconds");
    values = Checks.map(values, "serverSample.values");
    values.forEach((name, v) -> Checks.finite(v, "serverSample.values[" + name + "]"));
  }
}
