package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.store.GatewayLogRow;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Split and hybrid routing through the running gateway, against two simulated backends. */
class RoutingTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        fast:     { provider: openai, base-url: "${FAST}", model: fast }
        accurate: { provider: openai, base-url: "${ACCURATE}", model: accurate }
      routes:
        - model: ab
          policy: split
          weights: { fast: 70, accurate: 30 }
          sticky-header: x-user-id
        - model: auto
          policy: hybrid
          rules:
            - { when: { prompt-tokens-over: 300 }, use: accurate }
            - { when: { matches: "(?i)matriz|matrix|determinante" }, use: accurate }
            - { use: fast }
          fallback: [accurate, fast]
      logging: { prompts: off, responses: off }
      """;
  private static GatewayHarness h;

  @BeforeAll
  static void start() {
    h = GatewayHarness.start(YAML, TestProfiles.instant("fast"), TestProfiles.instant("accurate"));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void split_2000Users_withinThreePercentOfWeightsAndSticky() throws Exception {
    Map<String, String> first = route(2000, 1);
    long fast = first.values().stream().filter("fast"::equals).count();
    double share = fast / 2000.0;
    assertThat(share).isBetween(0.67, 0.73);

    // the same users again, three times each: every one lands where it landed first
    Map<String, String> again = route(300, 3);
    again.forEach((user, backend) -> assertThat(backend).as(user).isEqualTo(first.get(user)));
    GatewayLogRow row = h.log.await(r -> r.route().equals("ab"));
    assertThat(row.decisionReason()).startsWith("split sticky: ");
  }

  /** Sends {@code repeats} requests for each of users 0..n-1; returns user -> the one backend. */
  private static Map<String, String> route(int users, int repeats) throws Exception {
    Semaphore inFlight = new Semaphore(8);
    List<Future<String[]>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int r = 0; r < repeats; r++) {
        for (int u = 0; u < users; u++) {
          String user = "user-" + u;
          inFlight.acquire();
          futures.add(pool.submit(() -> {
            try {
              HttpResponse<String> res =
                  h.post(GatewayHarness.chat("ab", "hola", false, 1), "x-user-id", user);
              assertThat(res.statusCode()).isEqualTo(200);
              return new String[] {user, res.headers().firstValue("x-versus-backend").orElseThrow()};
            } finally {
              inFlight.release();
            }
          }));
        }
      }
    }
    Map<String, String> byUser = new HashMap<>();
    for (Future<String[]> f : futures) {
      String[] pair = f.get();
      String previous = byUser.putIfAbsent(pair[0], pair[1]);
      assertThat(previous == null || previous.equals(pair[1])).as("sticky " + pair[0]).isTrue();
    }
    return byUser;
  }

  @Test
  void split_withoutHeader_userFieldIsTheStickyKey() {
    String body = "{\"model\":\"ab\",\"user\":\"user-7\",\"max_tokens\":1,"
        + "\"messages\":[{\"role\":\"user\",\"content\":\"hola\"}]}";
    String viaHeader = h.post(GatewayHarness.chat("ab", "hola", false, 1), "x-user-id", "user-7")
        .headers().firstValue("x-versus-backend").orElseThrow();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> res = h.post(body);
      assertThat(res.headers().firstValue("x-versus-backend")).contains(viaHeader);
    }
  }

  @Test
  void hybrid_longPrompt_goesToAccurate() {
    String longPrompt = "Describe the weather in great detail please. ".repeat(60);
    HttpResponse<String> res = h.post(GatewayHarness.chat("auto", longPrompt, false, 5));
    assertThat(res.headers().firstValue("x-versus-backend")).contains("accurate");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).startsWith("hybrid rule 1 (prompt-tokens-over 300)");
  }

  @Test
  void hybrid_mathsPattern_goesToAccurate() {
    HttpResponse<String> res =
        h.post(GatewayHarness.chat("auto", "Calcula el determinante de esta matriz 4x4", false, 5));
    assertThat(res.headers().firstValue("x-versus-backend")).contains("accurate");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).startsWith("hybrid rule 2 (matches");
  }

  @Test
  void hybrid_shortPlainPrompt_goesToDefault() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("auto", "Hola, ¿qué tal?", false, 5));
    assertThat(res.headers().firstValue("x-versus-backend")).contains("fast");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).startsWith("hybrid rule 3 (default) -> fast");
  }

  @Test
  void forcedBackend_openGateway_isHonouredAndLogged() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("auto", "Hola", false, 5),
        "x-versus-backend", "accurate");
    assertThat(res.headers().firstValue("x-versus-backend")).contains("accurate");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).isEqualTo("forced by header x-versus-backend");
  }
}
