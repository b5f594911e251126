package dev.versus.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Prometheus endpoint of the server under test showed during one load level: the largest
 * value seen of each watched series (summed over label sets of one scrape, e.g. one per model).
 *
 * @param url the scraped URL, {@code ""} when nothing was scraped
 * @param scrapes successful scrapes
 * @param failures scrapes that failed (unreachable, bad status, unparsable)
 * @param maxima per metric name (e.g. {@code vllm:kv_cache_usage_perc}) the largest value; only
 *     the series the server exported
 */
public record ServerMetrics(String url, int scrapes, int failures, Map<String, Double> maxima) {
  /** vLLM's KV-cache usage, 1 meaning 100 percent. */
  public static final String KV_CACHE_USAGE = "vllm:kv_cache_usage_perc";
  /** vLLM's running batch size. */
  public static final String RUNNING = "vllm:num_requests_running";
  /** vLLM's waiting queue length. */
  public static final String WAITING = "vllm:num_requests_waiting";
  /** The simulator's memory model, in bytes (real vLLM servers do not export it). */
  public static final String MEMORY_BYTES = "versus_sim_memory_bytes";

  private static final ServerMetrics NONE = new ServerMetrics("", 0, 0, Map.of());

  public ServerMetrics {
    Objects.requireNonNull(url, "url");
    maxima = Map.copyOf(maxima);
    if (scrapes < 0 || failures < 0) {
      throw new IllegalArgumentException("scrape counts must not be negative");
    }
  }

  /** Nothing scraped. */
  public static ServerMetrics none() {
    return NONE;
  }

  /** The largest value of {@code name} seen, if the server exported it. */
  public Optional<Double> max(String name) {
    return Optional.ofNullable(maxima.get(name));
  }
}
