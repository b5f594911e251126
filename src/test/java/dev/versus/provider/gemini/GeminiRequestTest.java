package dev.versus.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.FinishReason;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.provider.Json;
import dev.versus.provider.ProviderException;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.Script;
import dev.versus.provider.ScriptedHttpServer;
import dev.versus.provider.StreamListener;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the Gemini client puts on the wire, read back from a loopback server. */
class GeminiRequestTest {
  private static final String KEY = "AIza-test-key";
  private final ScriptedHttpServer server = ScriptedHttpServer.start();
  private final GeminiClient client =
      GeminiClient.create(ProviderConfig.of(server.uri(""), KEY, "gemini-2.5-flash"));

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  private static ChatRequest conversation() {
    return new ChatRequest("gemini-2.5-flash", List.of(
        Message.system("Eres breve."), Message.user("Hola"), Message.assistant("¿Qué tal?"),
        Message.user("Bien")),
        SamplingParams.defaults().withTemperature(0.2).withTopP(0.8).withMaxTokens(32)
            .withSeed(3).withStop(List.of("FIN")));
  }

  @Test
  void stream_conversation_mappedToContentsSystemInstructionAndGenerationConfig() {
    server.route("/v1beta/models/gemini-2.5-flash:streamGenerateContent",
        Script.status(200).sse().end());
    client.stream(conversation(), StreamListener.ignoring()).await();

    ScriptedHttpServer.Received request = server.requests().getLast();
    assertThat(request.uri().getQuery()).isEqualTo("alt=sse");
    assertThat(request.uri().toString()).doesNotContain(KEY);
    assertThat(request.header("x-goog-api-key")).isEqualTo(KEY);
    JsonNode body = Json.parse(request.body()).orElseThrow();
    assertThat(body.path("systemInstruction").path("parts").get(0).path("text").asText())
        .isEqualTo("Eres breve.");
    JsonNode contents = body.path("contents");
    assertThat(contents).hasSize(3);
    assertThat(contents.get(0).path("role").asText()).isEqualTo("user");
    assertThat(contents.get(1).path("role").asText()).isEqualTo("model");
    assertThat(contents.get(1).path("parts").get(0).path("text").asText()).isEqualTo("¿Qué tal?");
    JsonNode config = body.path("generationConfig");
    assertThat(config.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(config.path("topP").asDouble()).isEqualTo(0.8);
    assertThat(config.path("maxOutputTokens").asInt()).isEqualTo(32);
    assertThat(config.path("seed").asLong()).isEqualTo(3);
    assertThat(config.path("stopSequences").get(0).asText()).isEqualTo("FIN");
  }

  @Test
  void call_defaultSampling_sendsNoGenerationConfig() {
    server.route("/v1beta/models/gemini-2.5-flash:generateContent", Script.json(200, "{}"));
    client.call(ChatRequest.of("gemini-2.5-flash", "Hola"));
    JsonNode body = Json.parse(server.requests().getLast().body()).orElseThrow();
    assertThat(body.has("generationConfig")).isFalse();
    assertThat(body.has("systemInstruction")).isFalse();
  }

  @Test
  void countTokens_served_returnsTotalAndSendsFullRequest() {
    server.route("/v1beta/models/gemini-2.5-flash:countTokens",
        Script.json(200, "{\"totalTokens\":31}"));
    assertThat(client.countTokens(conversation())).hasValue(31);
    JsonNode body = Json.parse(server.requests().getLast().body()).orElseThrow();
    JsonNode inner = body.path("generateContentRequest");
    assertThat(inner.path("model").asText()).isEqualTo("models/gemini-2.5-flash");
    assertThat(inner.path("systemInstruction").isObject()).isTrue();
    assertThat(server.requests().getLast().header("x-goog-api-key")).isEqualTo(KEY);
  }

  @Test
  void countTokens_error_empty() {
    server.route("/v1beta/models/gemini-2.5-flash:countTokens",
        Script.json(400, "{\"error\":{\"code\":400,\"message\":\"bad\",\"status\":\"X\"}}"));
    assertThat(client.countTokens(conversation())).isEmpty();
  }

  @Test
  void stream_blockedPrompt_finishesWithContentFilter() {
    server.route("/v1beta/models/gemini-2.5-flash:streamGenerateContent",
        Script.status(200).sse().write("data: {\"promptFeedback\":{\"blockReason\":\"SAFETY\"},"
            + "\"usageMetadata\":{\"promptTokenCount\":4,\"totalTokenCount\":4}}\r\n\r\n").end());
    CallOutcome outcome = client.stream(conversation(), StreamListener.ignoring()).await();
    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Completed.class, done ->
        assertThat(done.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER));
  }

  @Test
  void listModels_twoPages_followsPageTokenAndStripsPrefix() {
    server.route("/v1beta/models?pageSize=1000", Script.json(200,
        "{\"models\":[{\"name\":\"models/a\"}],\"nextPageToken\":\"p/2\"}"));
    server.route("/v1beta/models?pageSize=1000&pageToken=p%2F2", Script.json(200,
        "{\"models\":[{\"name\":\"models/b\"}]}"));
    assertThat(client.listModels()).containsExactly("a", "b");
    assertThat(server.requests()).allSatisfy(request ->
        assertThat(request.header("x-goog-api-key")).isEqualTo(KEY));
  }

  @Test
  void listModels_error_throwsNamingStatusAndMessage() {
    server.route("/v1beta/models", Script.json(403, "{\"error\":{\"code\":403,"
        + "\"message\":\"API key not valid\",\"status\":\"PERMISSION_DENIED\"}}"));
    assertThatThrownBy(client::listModels)
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("HTTP 403")
        .hasMessageContaining("API key not valid")
        .hasMessageNotContaining(KEY);
  }
}
