package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.sim.SimModel;
import dev.versus.store.GatewayLogRow;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cascade policy over two simulated backends: the cheap one answers 10 to 20 tokens, the
 * strong one 100 to 120; each route's acceptance check decides whether the cheap answer is served.
 */
class CascadeTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        cheap:  { provider: openai, base-url: "${CHEAP}", model: cheap,
                  price: { input-per-million: 1.0, output-per-million: 1.0 } }
        strong: { provider: openai, base-url: "${STRONG}", model: strong,
                  price: { input-per-million: 10.0, output-per-million: 10.0 } }
      routes:
        - model: short-ok
          policy: cascade
          backends: [cheap, strong]
        - model: long-wanted
          policy: cascade
          backends: [cheap, strong]
          accept: { min-output-tokens: 50 }
        - model: never-good
          policy: cascade
          backends: [cheap, strong]
          accept: { must-not-match: "(?s).", finish: any }
      """;
  private static GatewayHarness h;

  @BeforeAll
  static void start() {
    h = GatewayHarness.start(YAML,
        TestProfiles.instant("cheap", 10, 20), TestProfiles.instant("strong", 100, 120));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void cheapAnswerPassesDefaultCheck_servedByCheapAlone() {
    long strongBefore = requests("STRONG");

    HttpResponse<String> res = h.post(GatewayHarness.chat("short-ok", "hola", false, 200));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("cheap");
    assertThat(requests("STRONG")).isEqualTo(strongBefore);
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).isEqualTo("cascade: cheapest first");
  }

  @Test
  void cheapAnswerTooShort_escalatesToStrong_logsReasonAndBothCosts() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("long-wanted", "hola", false, 200));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("strong");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.backend()).isEqualTo("strong");
    assertThat(row.decisionReason())
        .startsWith("cascade: cheapest first; cheap: answer rejected (")
        .contains("output tokens, expected at least 50")
        .containsPattern("cheap: answer rejected \\(.*; \\d+ prompt \\+ \\d+ output tokens\\)");
    // strong's own cost is at least 100 output tokens at $10 a million; the cheap answer adds more
    double strongOnly = (row.promptTokens() + row.outputTokens()) * 10.0 / 1_000_000;
    assertThat(row.outputTokens()).isBetween(100, 120);
    assertThat(row.costUsd()).isGreaterThan(strongOnly);
  }

  @Test
  void everyAnswerRejected_servesTheLastAnswerAndSaysSo() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("never-good", "hola", false, 200));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("strong");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason())
        .containsPattern("cheap: answer rejected \\(matches must-not-match /\\(\\?s\\)\\./;"
            + " \\d+ prompt \\+ \\d+ output tokens\\)")
        .contains("strong: answer rejected (")
        .endsWith("served strong's rejected answer: no later backend answered");
  }

  @Test
  void streamedRequestOnCascade_servedByFirstBackendUnchecked() {
    long strongBefore = requests("STRONG");

    HttpResponse<String> res = h.post(GatewayHarness.chat("long-wanted", "hola", true, 200));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(GatewayHarness.dataLines(res.body())).contains("[DONE]");
    assertThat(res.headers().firstValue("x-versus-backend")).contains("cheap");
    assertThat(requests("STRONG")).isEqualTo(strongBefore);
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.decisionReason()).contains("streamed: answers not checked");
  }

  private static long requests(String sim) {
    SimModel model = h.sim(sim).models().getFirst();
    return model.stats().requestsTotal();
  }
}
