package dev.versus.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.FinishReason;
import dev.versus.core.SamplingParams;
import dev.versus.provider.Json;
import dev.versus.provider.ProviderException;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.Script;
import dev.versus.provider.ScriptedHttpServer;
import dev.versus.provider.StreamListener;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the OpenAI client puts on the wire, read back from a loopback server. */
class OpenAiRequestTest {
  private final ScriptedHttpServer server = ScriptedHttpServer.start();
  private final OpenAiClient client = OpenAiClient.create(ProviderConfig.of(
      server.uri("/v1/"), "sk-test", "m").withHeaders(Map.of("OpenAI-Organization", "org-1")));

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  private JsonNode lastBody() {
    return Json.parse(server.requests().getLast().body()).orElseThrow();
  }

  @Test
  void stream_allSampling_sentWithStreamOptionsAndBearer() {
    server.route("/v1/chat/completions", Script.status(200).sse().event("[DONE]").end());
    SamplingParams sampling = SamplingParams.defaults().withTemperature(0.5).withTopP(0.9)
        .withMaxTokens(64).withSeed(7).withStop(List.of("\n\n")).withIgnoreEos(true);
    client.stream(ChatRequest.of("m", "hola").withSampling(sampling), StreamListener.ignoring())
        .await();

    JsonNode body = lastBody();
    assertThat(body.path("model").asText()).isEqualTo("m");
    assertThat(body.path("stream").asBoolean()).isTrue();
    assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
    assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
    assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("hola");
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.5);
    assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
    assertThat(body.path("max_tokens").asInt()).isEqualTo(64);
    assertThat(body.path("seed").asLong()).isEqualTo(7);
    assertThat(body.path("stop").get(0).asText()).isEqualTo("\n\n");
    assertThat(body.path("ignore_eos").asBoolean()).isTrue();
    ScriptedHttpServer.Received request = server.requests().getLast();
    assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test");
    assertThat(request.header("OpenAI-Organization")).isEqualTo("org-1");
    assertThat(request.header("Accept")).isEqualTo("text/event-stream");
  }

  @Test
  void call_defaultSampling_sendsNoSamplingFields() {
    server.route("/v1/chat/completions", Script.json(200, "{}"));
    client.call(ChatRequest.of("m", "hola"));

    JsonNode body = lastBody();
    assertThat(body.path("stream").asBoolean()).isFalse();
    assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder(
        "model", "messages", "stream");
  }

  @Test
  void complete_rawPrompt_postsToCompletionsAndReadsText() {
    server.route("/v1/completions", Script.json(200, "{\"choices\":[{\"index\":0,\"text\":"
        + "\" mundo\",\"finish_reason\":\"length\"}],\"usage\":{\"prompt_tokens\":1,"
        + "\"completion_tokens\":2}}"));
    CallOutcome outcome = client.complete("hola", SamplingParams.defaults().withMaxTokens(2));

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Completed.class, done -> {
      assertThat(done.content()).isEqualTo(" mundo");
      assertThat(done.finishReason()).isEqualTo(FinishReason.LENGTH);
      assertThat(done.usage().outputTokens()).isEqualTo(2);
    });
    assertThat(lastBody().path("prompt").asText()).isEqualTo("hola");
    assertThat(lastBody().has("messages")).isFalse();
  }

  @Test
  void streamCompletion_rawPrompt_streamsText() {
    server.route("/v1/completions", Script.status(200).sse()
        .event("{\"choices\":[{\"index\":0,\"text\":\" mun\",\"finish_reason\":null}]}")
        .event("{\"choices\":[{\"index\":0,\"text\":\"do\",\"finish_reason\":\"stop\"}]}")
        .event("[DONE]").end());
    CallOutcome outcome = client.streamCompletion("hola", SamplingParams.defaults(),
        StreamListener.ignoring()).await();

    assertThat(outcome).isEqualTo(new CallOutcome.Completed(" mundo", "", FinishReason.STOP,
        dev.versus.core.Usage.none()));
    assertThat(lastBody().path("stream_options").path("include_usage").asBoolean()).isTrue();
  }

  @Test
  void call_noKey_sendsNoAuthorization() {
    try (OpenAiClient open = OpenAiClient.create(ProviderConfig.of(server.uri("/v1"), "", "m"))) {
      server.route("/v1/chat/completions", Script.json(200, "{}"));
      open.call(ChatRequest.of("m", "hola"));
      assertThat(server.requests().getLast().header("Authorization")).isEmpty();
    }
  }

  @Test
  void listModels_unauthorised_throwsNamingStatus() {
    server.route("/v1/models", Script.json(401, "{\"error\":{\"message\":\"Incorrect API key"
        + " provided\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
    assertThatThrownBy(client::listModels)
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("Incorrect API key");
  }

  @Test
  void listModels_refused_throwsNamingTheBase() throws java.io.IOException {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (OpenAiClient closed = OpenAiClient.create(ProviderConfig.of(
        java.net.URI.create("http://127.0.0.1:" + port + "/v1"), "", "m"))) {
      assertThatThrownBy(closed::listModels)
          .isInstanceOf(ProviderException.class)
          .hasMessageContaining("127.0.0.1:" + port + "/v1")
          .hasMessageContaining("cannot connect");
    }
  }
}
