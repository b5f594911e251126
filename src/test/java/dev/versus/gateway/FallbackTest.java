package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.sim.Profile;
import dev.versus.sim.SimStats;
import dev.versus.store.GatewayLogRow;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Retries, fallback and the circuit breaker against simulated backends that fail on purpose. */
class FallbackTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        broken:  { provider: openai, base-url: "${BROKEN}", model: broken, retries: 1,
                   breaker-failures: 100 }
        tripping: { provider: openai, base-url: "${TRIPPING}", model: tripping, retries: 1,
                   breaker-failures: 2, breaker-cooldown: 60s }
        limited: { provider: openai, base-url: "${LIMITED}", model: limited, retries: 2 }
        slow:    { provider: openai, base-url: "${SLOW}", model: slow, retries: 0,
                   first-byte-timeout: 300ms }
        good:    { provider: openai, base-url: "${GOOD}", model: good }
      routes:
        - { model: r500, backends: [broken, good] }
        - { model: breaker, backends: [tripping, good] }
        - { model: r429, backends: [limited, good] }
        - { model: timeout, backends: [slow, good] }
        - { model: limited-only, use: limited }
      """;
  private static GatewayHarness h;

  @BeforeAll
  static void start() {
    Profile instant = TestProfiles.instant("x");
    Profile q = TestProfiles.quick("slow", 2);
    Profile slow = new Profile("slow", List.of(), q.errorStyle(),
        new Profile.Batching(256, 1_000_000, 0, 3000, 2, 0, 1, 0), q.limits(), q.faults(),
        q.memory(), q.quality());
    h = GatewayHarness.start(YAML,
        TestProfiles.withFaults(TestProfiles.renamed(instant, "broken"), TestProfiles.errorRate(1)),
        TestProfiles.withFaults(TestProfiles.renamed(instant, "tripping"), TestProfiles.errorRate(1)),
        TestProfiles.withFaults(TestProfiles.renamed(instant, "limited"),
            TestProfiles.requestsPerMinute(1)),
        slow,
        TestProfiles.instant("good"));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  private static long seen(String sim) {
    SimStats s = h.sim(sim).models().getFirst().stats();
    return s.requestsTotal() + s.rejectedTotal();
  }

  @Test
  void upstream500_retriedThenFallsBack() {
    long before = seen("BROKEN");
    HttpResponse<String> res = h.post(GatewayHarness.chat("r500", "hola", false, 5));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("good");
    assertThat(seen("BROKEN") - before).isEqualTo(2); // first try + one retry
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.backend()).isEqualTo("good");
    assertThat(row.decisionReason()).contains("broken: http_5xx 500");
  }

  @Test
  void upstream500_streaming_fallsBackBeforeFirstByte() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("r500", "hola", true, 5));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("good");
    assertThat(GatewayHarness.dataLines(res.body()).getLast()).isEqualTo("[DONE]");
  }

  @Test
  void upstream429_withLongRetryHint_fallsBackWithoutWaiting() {
    h.post(GatewayHarness.chat("limited-only", "spend the quota", false, 5));
    long start = System.nanoTime();
    HttpResponse<String> res = h.post(GatewayHarness.chat("r429", "hola", false, 5));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("good");
    assertThat(millis).as("did not wait for the quota's retry hint").isLessThan(2000);
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).contains("limited: rate_limited 429");
  }

  @Test
  void upstream429_singleBackend_answers429WithRetryAfter() {
    h.post(GatewayHarness.chat("limited-only", "spend the quota", false, 5));
    HttpResponse<String> res = h.post(GatewayHarness.chat("limited-only", "hola", false, 5));

    assertThat(res.statusCode()).isEqualTo(429);
    assertThat(res.headers().firstValue("retry-after")).isPresent();
    assertThat(res.body()).contains("\"type\":\"rate_limit_error\"");
  }

  @Test
  void firstByteTimeout_fallsBack() {
    long start = System.nanoTime();
    HttpResponse<String> res = h.post(GatewayHarness.chat("timeout", "hola", false, 5));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("good");
    assertThat(millis).as("gave up on the slow backend after ~300 ms").isLessThan(2500);
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).contains("slow: timeout");
  }

  @Test
  void breaker_opensAfterFailures_thenSkipsTheBackend() {
    h.post(GatewayHarness.chat("breaker", "one", false, 5)); // two failures: the breaker opens
    long before = seen("TRIPPING");
    HttpResponse<String> res = h.post(GatewayHarness.chat("breaker", "two", false, 5));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(seen("TRIPPING")).isEqualTo(before);
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).contains("tripping: circuit open");
    assertThat(h.get("/metrics").body())
        .contains("versus_gateway_backend_circuit_open{backend=\"tripping\"} 1");
  }
}
