package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The classic fix from the article (DESIGN §11, claim 7): a backend that crashes above N
 * concurrent requests, capped below N by the gateway, survives a burst far larger than N.
 */
class ConcurrencyCapTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        fragile: { provider: openai, base-url: "${FRAGILE}", model: fragile,
                   max-concurrency: 16, queue: 400, queue-timeout: 20s, retries: 0 }
      routes:
        - { model: burst, use: fragile }
      """;

  @Test
  void burstOf1000_againstCrashThreshold40_cappedAt16_neverCrashes() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(YAML,
        TestProfiles.withFaults(TestProfiles.quick("fragile", 3), TestProfiles.crashAbove(40)))) {
      List<Future<Integer>> futures = new ArrayList<>();
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 1000; i++) {
          String body = GatewayHarness.chat("burst", "request " + i, false, 8);
          futures.add(pool.submit(() -> h.post(body).statusCode()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : futures) {
        statuses.add(f.get());
      }
      Map<Integer, Long> byStatus =
          statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      System.out.println("burst of 1000 through a cap of 16 + queue of 400: " + byStatus);

      assertThat(byStatus.keySet()).isSubsetOf(200, 429);
      assertThat(byStatus.get(200)).isGreaterThanOrEqualTo(416); // every slot and queue place served
      assertThat(byStatus.getOrDefault(429, 0L)).isPositive(); // the rest was turned away, not queued forever
      String simMetrics = h.get("/metrics").body(); // the gateway's own, for the gauges
      assertThat(simMetrics).contains("versus_gateway_backend_capacity{backend=\"fragile\"} 16");
      HttpResponse<String> sim = h.client.send(
          java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(h.sim("FRAGILE").baseUri() + "/metrics")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(sim.body()).contains("versus_sim_crashes_total{model_name=\"fragile\"} 0");
      assertThat(sim.body()).contains("versus_sim_requests_total{model_name=\"fragile\"} "
          + byStatus.get(200));

      // control: the same burst straight at the backend, uncapped, does crash it
      URI direct = URI.create(h.sim("FRAGILE").openAiBaseUri() + "/chat/completions");
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 100; i++) {
          String body = GatewayHarness.chat("fragile", "direct " + i, false, 8);
          pool.submit(() -> h.client.send(HttpRequest.newBuilder(direct)
              .header("content-type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.discarding()));
        }
      }
      assertThat(h.sim("FRAGILE").models().getFirst().stats().crashesTotal()).isPositive();
    }
  }
}
