package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.GatewayLogRow;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GatewayServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        alpha: { provider: openai, base-url: "${ALPHA}", model: alpha,
                 price: { input-per-million: 1.0, output-per-million: 2.0 } }
        beta:  { provider: openai, base-url: "${BETA}", model: beta }
      routes:
        - { model: single, use: alpha }
        - { model: both, policy: least-busy, backends: [alpha, beta] }
      logging: { prompts: full, responses: full }
      """;
  private static GatewayHarness h;

  @BeforeAll
  static void start() {
    h = GatewayHarness.start(YAML, TestProfiles.instant("alpha"), TestProfiles.instant("beta"));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void completion_nonStreaming_answersInOpenAiShapeAndLogs() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("single", "Hello there", false, 20));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("alpha");
    JsonNode root = JSON.readTree(res.body());
    assertThat(root.path("object").asText()).isEqualTo("chat.completion");
    assertThat(root.path("model").asText()).isEqualTo("single");
    assertThat(root.path("choices").path(0).path("message").path("role").asText())
        .isEqualTo("assistant");
    assertThat(root.path("choices").path(0).path("message").path("content").asText()).isNotEmpty();
    assertThat(root.path("choices").path(0).path("finish_reason").asText()).isEqualTo("length");
    assertThat(root.path("usage").path("completion_tokens").asInt()).isEqualTo(20);
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.route()).isEqualTo("single");
    assertThat(row.backend()).isEqualTo("alpha");
    assertThat(row.httpStatus()).isEqualTo(200);
    assertThat(row.outputTokens()).isEqualTo(20);
    assertThat(row.costUsd()).isEqualTo((row.promptTokens() * 1.0 + 20 * 2.0) / 1e6);
    assertThat(row.prompt()).contains("Hello there");
    assertThat(row.response()).isEqualTo(root.path("choices").path(0).path("message").path("content").asText());
    assertThat(row.decisionReason()).isEqualTo("single");
  }

  @Test
  void completion_streaming_sendsChunksUsageChunkAndDone() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("single", "Tell me a story", true, 40));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/event-stream"));
    List<String> data = GatewayHarness.dataLines(res.body());
    assertThat(data.getLast()).isEqualTo("[DONE]");
    JsonNode usage = JSON.readTree(data.get(data.size() - 2));
    assertThat(usage.path("choices").isArray()).isTrue();
    assertThat(usage.path("choices")).isEmpty();
    assertThat(usage.path("usage").path("completion_tokens").asInt()).isEqualTo(40);
    JsonNode first = JSON.readTree(data.getFirst());
    assertThat(first.path("object").asText()).isEqualTo("chat.completion.chunk");
    assertThat(first.path("choices").path(0).path("delta").path("role").asText()).isEqualTo("assistant");
    JsonNode last = JSON.readTree(data.get(data.size() - 3));
    assertThat(last.path("choices").path(0).path("finish_reason").asText()).isEqualTo("length");
    StringBuilder text = new StringBuilder();
    for (String d : data.subList(0, data.size() - 2)) {
      text.append(JSON.readTree(d).path("choices").path(0).path("delta").path("content").asText());
    }
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.response()).isEqualTo(text.toString());
    assertThat(row.ttftNanos()).isPositive();
    assertThat(row.latencyNanos()).isGreaterThanOrEqualTo(row.ttftNanos());
  }

  @Test
  void models_listsRoutes() throws Exception {
    JsonNode root = JSON.readTree(h.get("/v1/models").body());
    assertThat(root.path("data").findValuesAsText("id")).containsExactly("single", "both");
  }

  @Test
  void healthAndReady_answer200() {
    assertThat(h.get("/health").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = h.get("/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\":\"ready\"");
  }

  @Test
  void metrics_exposeGenAiAndGatewaySeries() {
    h.post(GatewayHarness.chat("both", "Hola", false, 5));
    String text = h.get("/metrics").body();
    assertThat(text).contains("# TYPE gen_ai_client_operation_duration_seconds histogram");
    assertThat(text).contains("# TYPE gen_ai_client_token_usage histogram");
    assertThat(text).containsPattern(
        "gen_ai_client_token_usage_bucket\\{gen_ai_operation_name=\"chat\",gen_ai_system=\"openai\","
            + "gen_ai_request_model=\"(alpha|beta)\"");
    assertThat(text).containsPattern("versus_gateway_requests_total\\{route=\"both\",backend=\"(alpha|beta)\",status=\"200\"} [1-9]");
    assertThat(text).contains("versus_gateway_backend_in_flight{backend=\"alpha\"} 0");
    assertThat(text).contains("versus_gateway_backend_queued{backend=\"beta\"} 0");
  }
}
