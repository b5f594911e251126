package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.NanoClock;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.store.EmbeddedPostgresHolder;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
 * Gateway replicas in front of one backend that crashes above 64 concurrent requests, with
 * {@code max-concurrency: 64} shared through one PostgreSQL (DESIGN §10).
 *
 * <p>The cap tests run two real gateway processes ({@code versus gateway} in child JVMs, each with
 * its own connection pool and spool) sharing one embedded PostgreSQL for both the cap and the
 * interaction log: a burst of 500 split across both never crashes the backend, and every request
 * is logged exactly once. The control, the same two processes with per-process caps, lets up to
 * 128 through and crashes it. Per-key and per-backend rate limits are shared the same way (those
 * run two servers in this JVM, each with its own pool, to keep the suite fast).
 */
class SharedCapGatewaysTest {
  /** Child JVM start-up on a busy 2-core machine: generous. */
  private static final Duration STARTUP = Duration.ofSeconds(60);
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
  void burstOf500_overTwoProcessesSharingCap64_neverCrashesABackendThatCrashesAbove64(
      @TempDir Path dir) throws Exception {
    String url = EmbeddedPostgresHolder.freshDatabaseUrl();
    try (SimServer sim = fragileBackend()) {
      Map<Integer, Long> statuses = burstOverProcesses(dir, sim,
          "limits: { shared: \"" + url + "\" }", url);

      assertThat(statuses).containsOnlyKeys(200);
      assertThat(statuses.get(200)).isEqualTo(500);
      assertThat(sim.models().getFirst().stats().crashesTotal()).isZero();
      // Both replicas log to the same database through their spools (request_id is the primary
      // key, so 500 rows means each request exactly once); closing them drained their spools.
      try (Connection c = DriverManager.getConnection(url);
          ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM gateway_logs")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(500);
      }
    }
  }

  @Test
  void control_sameBurstOverTwoProcessesWithPerProcessCaps_crashesTheBackend(@TempDir Path dir)
      throws Exception {
    try (SimServer sim = fragileBackend()) {
      Map<Integer, Long> statuses = burstOverProcesses(dir, sim, "", "");

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

  /**
   * Crashes above 64 running requests; 15 ms per decode step, so a 64-token request runs about a
   * second and the control's two replicas x 64 certainly overlap at the backend.
   */
  private static SimServer fragileBackend() {
    return SimServer.start(SimModels.create(
        TestProfiles.withFaults(TestProfiles.quick("fragile", 15), TestProfiles.crashAbove(64)), 7));
  }

  /**
   * 500 requests at once, alternating between two gateway processes configured with
   * {@code limits}, logging to {@code store} (none when empty) through their own spools; status
   * counts.
   */
  private static Map<Integer, Long> burstOverProcesses(
      Path dir, SimServer sim, String limits, String store) throws Exception {
    String yaml = YAML.formatted(sim.openAiBaseUri(), limits);
    try (GatewayProcess a = GatewayProcess.start(dir, "replica-a",
            yaml + logging(store, dir.resolve("spool-a")), STARTUP);
        GatewayProcess b = GatewayProcess.start(dir, "replica-b",
            yaml + logging(store, dir.resolve("spool-b")), STARTUP)) {
      Map<Integer, Long> counts = send(List.of(a.address(), b.address()), 500, "");
      System.out.println("burst of 500 over two gateway processes"
          + (limits.isEmpty() ? "" : " (shared cap)") + ": " + counts);
      return counts;
    }
  }

  private static String logging(String store, Path spool) {
    return "logging: { store: \"" + store + "\", spool: \""
        + spool.toString().replace("\\", "/") + "\", prompts: redacted }\n";
  }

  /** {@code count} requests at once, alternating between two in-JVM replicas of {@code yaml}. */
  private static Map<Integer, Long> send(String yaml, int count, String authorization)
      throws Exception {
    GatewayConfig config = GatewayConfigReader.parse("replica.yaml", yaml, name -> null);
    try (GatewayServer a = GatewayServer.start(config, GatewayServer.providers(config),
            new MemoryInteractionLog(), NanoClock.system());
        GatewayServer b = GatewayServer.start(config, GatewayServer.providers(config),
            new MemoryInteractionLog(), NanoClock.system())) {
      return send(List.of(a.address(), b.address()), count, authorization);
    }
  }

  /** {@code count} requests released at once, alternating between {@code addresses}. */
  private static Map<Integer, Long> send(List<String> addresses, int count, String authorization)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        URI target = URI.create(addresses.get(i % addresses.size()) + "/v1/chat/completions");
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
