package dev.versus.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
  private static final String VLLM_LIKE = """
      # HELP vllm:num_requests_running Number of requests in the running batch.
      # TYPE vllm:num_requests_running gauge
      vllm:num_requests_running{model_name="a",engine="0"} 3
      vllm:num_requests_running{model_name="b"} 4.0
      vllm:kv_cache_usage_perc{model_name="a"} 0.25 1700000000000
      vllm:num_requests_waiting NaN
      vllm:generation_tokens_total{model_name="a"} 1e3
      versus_sim_memory_bytes{model_name="a"} 1.5e9
      broken_line{
      vllm:num_requests_waiting{model_name="a"} not-a-number
      """;

  @Test
  void sums_vllmText_sumsLabelSetsAndSkipsOthersAndBadSamples() {
    Map<String, Double> sums = PrometheusText.sums(VLLM_LIKE, PrometheusScraper.WATCHED);

    assertThat(sums)
        .containsEntry(ServerMetrics.RUNNING, 7.0)
        .containsEntry(ServerMetrics.KV_CACHE_USAGE, 0.25)
        .containsEntry(ServerMetrics.MEMORY_BYTES, 1.5e9)
        .doesNotContainKey(ServerMetrics.WAITING)
        .doesNotContainKey("vllm:generation_tokens_total");
  }

  @Test
  void sums_emptyText_isEmpty() {
    assertThat(PrometheusText.sums("", Set.of(ServerMetrics.RUNNING))).isEmpty();
  }
}
