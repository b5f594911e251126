package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OmitUsageTest {

  private static SimServer start(boolean omitUsage) {
    return SimServer.start(
        List.of(new ScriptedModel("llama-4-maverick", ErrorStyle.VLLM, 0)),
        SimServerConfig.defaults()
            .withClock(SimHttp.FIXED_CLOCK)
            .withKeepAliveInterval(Duration.ofMillis(200))
            .withOmitUsage(omitUsage));
  }

  @Test
  void streaming_omitUsage_sendsNoUsageChunkEvenWhenAsked() {
    try (SimServer server = start(true)) {
      HttpResponse<String> response = new SimHttp(server).post("/v1/chat/completions",
          SimHttp.chatBody("llama-4-maverick", true,
              "\"max_tokens\":3,\"stream_options\":{\"include_usage\":true}"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).doesNotContain("usage").contains("w0").endsWith("data: [DONE]\n\n");
    }
  }

  @Test
  void nonStreaming_omitUsage_hasNoUsageObject() {
    try (SimServer server = start(true)) {
      JsonNode body = SimHttp.json(new SimHttp(server).post("/v1/chat/completions",
          SimHttp.chatBody("llama-4-maverick", false, "\"max_tokens\":3")).body());

      assertThat(body.has("usage")).isFalse();
      assertThat(body.get("choices").get(0).get("message").get("content").asText()).isEqualTo("w0 w1 w2 ");
    }
  }

  @Test
  void defaults_reportUsage() {
    assertThat(SimServerConfig.defaults().omitUsage()).isFalse();
    try (SimServer server = start(false)) {
      HttpResponse<String> response = new SimHttp(server).post("/v1/chat/completions",
          SimHttp.chatBody("llama-4-maverick", true,
              "\"max_tokens\":3,\"stream_options\":{\"include_usage\":true}"));

      assertThat(response.body()).contains("\"completion_tokens\":3");
    }
  }
}
