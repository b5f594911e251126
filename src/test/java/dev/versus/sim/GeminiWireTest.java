package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiWireTest {
  private static final String BODY =
      "{\"systemInstruction\":{\"parts\":[{\"text\":\"be brief\"}]},"
          + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hola\"}]},{\"role\":\"model\",\"parts\":[{\"text\":\"hola,"
          + " dime\"}]},{\"role\":\"user\",\"parts\":[{\"text\":\"cuenta \"},{\"text\":\"hasta"
          + " tres\"}]}],"
          + "\"generationConfig\":{\"maxOutputTokens\":3,\"temperature\":0.2,\"topP\":0.8,\"seed\":7,"
          + "\"stopSequences\":[\"FIN\"]}}";

  private ScriptedModel flash;
  private SimServer server;
  private SimHttp http;

  @BeforeEach
  void start() {
    flash = new ScriptedModel("gemini-2.5-flash", ErrorStyle.OPENAI, 2);
    server = SimHttp.start(flash);
    http = new SimHttp(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void generateContent_mapsRolesAndConfig_andReportsUsageMetadata() {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(http.uri("/v1beta/models/gemini-2.5-flash:generateContent"))
                .header("x-goog-api-key", "anything")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = SimHttp.json(response.body());
    JsonNode candidate = body.get("candidates").get(0);
    assertThat(candidate.at("/content/role").asText()).isEqualTo("model");
    JsonNode parts = candidate.at("/content/parts");
    assertThat(parts.get(0).get("text").asText()).isEqualTo("r0 r1 ");
    assertThat(parts.get(0).get("thought").asBoolean()).isTrue();
    assertThat(parts.get(1).get("text").asText()).isEqualTo("w0 w1 w2 ");
    assertThat(parts.get(1).has("thought")).isFalse();
    assertThat(candidate.get("finishReason").asText()).isEqualTo("MAX_TOKENS");
    JsonNode usage = body.get("usageMetadata");
    assertThat(usage.get("promptTokenCount").asInt()).isEqualTo(8);
    assertThat(usage.get("candidatesTokenCount").asInt()).isEqualTo(3);
    assertThat(usage.get("thoughtsTokenCount").asInt()).isEqualTo(2);
    assertThat(usage.get("totalTokenCount").asInt()).isEqualTo(13);

    GenerationRequest request = flash.received.get(0);
    assertThat(request.format()).isEqualTo(WireFormat.GEMINI);
    assertThat(request.model()).isEqualTo("gemini-2.5-flash");
    assertThat(request.messages())
        .extracting(m -> m.role())
        .containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER);
    assertThat(request.messages().get(3).content()).isEqualTo("cuenta hasta tres");
    assertThat(request.sampling().maxTokens()).hasValue(3);
    assertThat(request.sampling().temperature()).hasValue(0.2);
    assertThat(request.sampling().topP()).hasValue(0.8);
    assertThat(request.sampling().seed()).hasValue(7L);
    assertThat(request.sampling().stop()).containsExactly("FIN");
  }

  @Test
  void streamGenerateContent_sendsFullResponsesWithoutDone_finishReasonOnlyOnLast() {
    HttpResponse<String> response =
        http.post("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", BODY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElseThrow())
        .startsWith("text/event-stream");
    List<String> events = SimHttp.dataEvents(response.body());
    assertThat(events).hasSize(6).doesNotContain("[DONE]");
    JsonNode thought = SimHttp.json(events.get(0));
    assertThat(thought.at("/candidates/0/content/parts/0/thought").asBoolean()).isTrue();
    assertThat(thought.at("/candidates/0/content/parts/0/text").asText()).isEqualTo("r0 ");
    JsonNode answer = SimHttp.json(events.get(2));
    assertThat(answer.at("/candidates/0/content/parts/0/text").asText()).isEqualTo("w0 ");
    assertThat(answer.at("/candidates/0/content/parts/0/thought").isMissingNode()).isTrue();
    for (String event : events.subList(0, 5)) {
      assertThat(SimHttp.json(event).at("/candidates/0/finishReason").isMissingNode()).isTrue();
    }
    JsonNode last = SimHttp.json(events.get(5));
    assertThat(last.at("/candidates/0/finishReason").asText()).isEqualTo("MAX_TOKENS");
    assertThat(last.at("/usageMetadata/thoughtsTokenCount").asInt()).isEqualTo(2);
    assertThat(last.at("/usageMetadata/totalTokenCount").asInt()).isEqualTo(13);
  }

  @Test
  void streamGenerateContent_withoutAltSse_answersOneJsonArray() {
    HttpResponse<String> response =
        http.post("/v1beta/models/gemini-2.5-flash:streamGenerateContent", BODY);

    JsonNode body = SimHttp.json(response.body());
    assertThat(body.isArray()).isTrue();
    assertThat(body.get(0).at("/candidates/0/finishReason").asText()).isEqualTo("MAX_TOKENS");
  }

  @Test
  void generateContent_snakeCaseAndModelsPrefix_areAccepted() {
    HttpResponse<String> response =
        http.post(
            "/v1beta/models/models/gemini-2.5-flash:generateContent",
            "{\"system_instruction\":{\"parts\":[{\"text\":\"x\"}]},\"contents\":[{\"parts\":[{\"text\":\"a"
                + " b\"}]}],"
                + "\"generation_config\":{\"max_output_tokens\":1,\"stop_sequences\":[\"S\"]}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(SimHttp.json(response.body()).get("modelVersion").asText())
        .isEqualTo("gemini-2.5-flash");
    GenerationRequest request = flash.received.get(0);
    assertThat(request.model()).isEqualTo("gemini-2.5-flash");
    assertThat(request.messages().get(0).role()).isEqualTo(Role.SYSTEM);
    assertThat(request.messages().get(1).role()).isEqualTo(Role.USER);
    assertThat(request.sampling().maxTokens()).hasValue(1);
    assertThat(request.sampling().stop()).containsExactly("S");
  }

  @Test
  void countTokens_returnsTotalTokens() {
    HttpResponse<String> direct =
        http.post(
            "/v1beta/models/gemini-2.5-flash:countTokens",
            "{\"contents\":[{\"parts\":[{\"text\":\"uno dos tres\"}]}]}");
    HttpResponse<String> nested =
        http.post(
            "/v1beta/models/gemini-2.5-flash:countTokens",
            "{\"generateContentRequest\":{\"model\":\"models/gemini-2.5-flash\","
                + "\"contents\":[{\"parts\":[{\"text\":\"uno dos\"}]}]}}");

    assertThat(SimHttp.json(direct.body()).get("totalTokens").asInt()).isEqualTo(3);
    assertThat(SimHttp.json(nested.body()).get("totalTokens").asInt()).isEqualTo(2);
  }

  @Test
  void models_listsServedNamesWithPrefix() {
    JsonNode body = SimHttp.json(http.get("/v1beta/models").body());

    assertThat(body.get("models").findValuesAsText("name"))
        .containsExactly("models/gemini-2.5-flash");
    assertThat(body.at("/models/0/supportedGenerationMethods").toString())
        .contains("generateContent");
    assertThat(http.get("/v1beta/models/gemini-2.5-flash").statusCode()).isEqualTo(200);
  }
}
