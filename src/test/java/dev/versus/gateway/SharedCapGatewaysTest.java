package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.NanoClock;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.store.EmbeddedPostgresHolder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gateway replicas (two servers, each with its own connection pool) in front of one backend
 * that crashes above 64 concurrent requests, with {@code max-concurrency: 64} shared through one
 * PostgreSQL: a burst of 500 split across both never crashes it. The control, the same replicas
 * with per-process caps, lets up to 128 through and crashes it. Per-key rate limits are shared the
 * same way.
 */
class SharedCapGatewaysTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        fragile: { provider: openai, base-url: "%s", model: fragile,
                   max-concurrency: 64, queue: 400, queue-timeout: 60s, retries: 0 }
      routes:
        - { model: burst, use: fragile }
      %s
      """;

  @Test
  void burstOf500_overTwoReplicasSharingCap64_neverCrashesABackendThatCrashesAbove64() throws Exception {
    String url = EmbeddedPostgresHolder.freshDatabaseUrl();
    try (SimServer sim = fragileBackend()) {
      Map<Integer, Long> statuses = burst(sim, "limits: { shared: \"" + url + "\" }");

      assertThat(statuses).containsOnlyKeys(200);
      assertThat(statuses.get(200)).isEqualTo(500);
      assertThat(sim.models().getFirst().stats().crashesTotal()).isZero();
    }
  }

  @Test
  void control_sameBurstWithPerProcessCaps_crashesTheBackend() throws Exception {
    try (SimServer sim = fragileBackend()) {
      Map<Integer, Long> statuses = burst(sim, "");

      assertThat(sim.models().getFirst().stats().crashesTotal())
          .as("two replicas x 64 reach the backend at once: %s", statuses).isPositive();
    }
  }

  @Test
  void keyLimitOf10PerMinute_sharedByTwoReplicas_admits10Of30ConcurrentRequests(@TempDir Path dir)
      throws Exception {
    String url = EmbeddedPostgresHolder.freshDatabaseUrl();
    Map.Entry<String, ApiKey> key = ApiKeys.generate("team", new SecureRandom());
    Path keys = dir.resolve("keys.yaml");
    Files.writeString(keys, "keys:\n  - { id: team, sha256: " + key.getValue().sha256()
        + ", routes: [\"*\"], requests-per-minute: 10 }\n");
    try (SimServer sim = SimServer.start(SimModels.create(TestProfiles.instant("fragile"), 7))) {
      String yaml = YAML.formatted(sim.openAiBaseUri(), "limits: { shared: \"" + url + "\" }\n"
          + "auth: { keys-file: \"" + keys.toString().replace("\\", "/") + "\" }");
      Map<Integer, Long> statuses = send(yaml, 30, "Bearer " + key.getKey());

      assertThat(statuses).containsOnlyKeys(200, 429);
      assertThat(statuses.get(200)).isEqualTo(10);
      assertThat(statuses.get(429)).isEqualTo(20);
    }
  }

  @Test
  void backendLimitOf10PerMinute_sharedByTwoReplicas_admits10Of30ConcurrentRequests()
      throws Exception {
    String url = EmbeddedPostgresHolder.freshDatabaseUrl();
    try (SimServer sim = SimServer.start(SimModels.create(TestProfiles.instant("fragile"), 7))) {
      String yaml = YAML.replace("retries: 0", "retries: 0, requests-per-minute: 10")
          .formatted(sim.openAiBaseUri(), "limits: { shared: \"" + url + "\" }");
      Map<Integer, Long> statuses = send(yaml, 30, "");

      assertThat(statuses).containsEntry(200, 10L).containsEntry(429, 20L).hasSize(2);
    }
  }

  private static SimServer fragileBackend() {
    return SimServer.start(SimModels.create(
        TestProfiles.withFaults(TestProfiles.quick("fragile", 3), TestProfiles.crashAbove(64)), 7));
  }

  /** 500 requests at once, alternating between two gateway replicas; status counts. */
  private static Map<Integer, Long> burst(SimServer sim, String limits) throws Exception {
    Map<Integer, Long> counts = send(YAML.formatted(sim.openAiBaseUri(), limits), 500, "");
    System.out.println("burst of 500 over two replicas" + (limits.isEmpty() ? "" : " (shared cap)")
        + ": " + counts);
    return counts;
  }

  /** {@code count} requests at once, alternating between two replicas of {@code yaml}. */
  private static Map<Integer, Long> send(String yaml, int count, String authorization)
      throws Exception {
    GatewayConfig config = GatewayConfigReader.parse("replica.yaml", yaml, name -> null);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    try (GatewayServer a = GatewayServer.start(config, GatewayServer.providers(config),
            new MemoryInteractionLog(), NanoClock.system());
        GatewayServer b = GatewayServer.start(config, GatewayServer.providers(config),
            new MemoryInteractionLog(), NanoClock.system());
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        URI target = URI.create((i % 2 == 0 ? a : b).address() + "/v1/chat/completions");
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(90))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                GatewayHarness.chat("burst", "request " + i, false, 64)));
        if (!authorization.isEmpty()) {
          request.header("authorization", authorization);
        }
        HttpRequest built = request.build();
        results.add(threads.submit(() -> {
          go.await();
          return client.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
        }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> r : results) {
        statuses.add(r.get(120, TimeUnit.SECONDS));
      }
      return statuses.stream()
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    } finally {
      client.shutdownNow();
    }
  }
}
