package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.provider.Script;
import dev.versus.provider.ScriptedHttpServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A retry on the same backend waits at least as long as the server asked: OpenAI-style {@code
 * Retry-After} and Gemini's {@code RetryInfo.retryDelay}.
 */
class RetryHintTest {
  private static ScriptedHttpServer openAi;
  private static ScriptedHttpServer gemini;
  private static GatewayHarness h;

  @BeforeAll
  static void start() {
    openAi = ScriptedHttpServer.start().route("/v1/chat/completions",
        Script.status(429).header("Content-Type", "application/json").header("Retry-After", "1")
            .write("{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_error\","
                + "\"code\":\"rate_limit_exceeded\"}}").end());
    // a non-streamed client request is sent non-streamed (WholeCall)
    gemini = ScriptedHttpServer.start().route("/v1beta/models/g:generateContent",
        Script.json(429, "{\"error\":{\"code\":429,\"message\":\"quota\",\"status\":"
            + "\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/"
            + "google.rpc.RetryInfo\",\"retryDelay\":\"1.2s\"}]}}"));
    String yaml = """
        listen: 127.0.0.1:0
        backends:
          hinted: { provider: openai, base-url: "%s", model: h, retries: 1 }
          ghinted: { provider: gemini, base-url: "%s", model: g, api-key: k, retries: 1 }
          good:   { provider: openai, base-url: "${GOOD}", model: good }
        routes:
          - { model: openai-hint, backends: [hinted, good] }
          - { model: gemini-hint, backends: [ghinted, good] }
        """.formatted(openAi.uri("/v1"), gemini.uri(""));
    h = GatewayHarness.start(yaml, TestProfiles.instant("good"));
  }

  @AfterAll
  static void stop() {
    h.close();
    openAi.close();
    gemini.close();
  }

  @Test
  void retryAfterHeader_retryWaitsAtLeastTheHint_thenFallsBack() {
    long start = System.nanoTime();
    HttpResponse<String> res = h.post(GatewayHarness.chat("openai-hint", "hola", false, 5));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("good");
    assertThat(openAi.requests()).hasSize(2);
    assertThat(millis).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void geminiRetryDelay_retryWaitsAtLeastTheHint_thenFallsBack() {
    long start = System.nanoTime();
    HttpResponse<String> res = h.post(GatewayHarness.chat("gemini-hint", "hola", false, 5));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("good");
    assertThat(gemini.requests()).hasSize(2);
    assertThat(millis).isGreaterThanOrEqualTo(1200);
  }
}
