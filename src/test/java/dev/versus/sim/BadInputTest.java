package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets the real API's status and body shape, and the server keeps serving.
 */
class BadInputTest {
  private static final String CHAT = "/v1/chat/completions";
  private static final String GEN = "/v1beta/models/flash:generateContent";
  private static SimServer server;
  private static SimHttp http;

  @BeforeAll
  static void start() {
    server =
        SimServer.start(
            List.of(ScriptedModel.plain("gpt"), ScriptedModel.plain("flash")),
            SimServerConfig.defaults().withClock(SimHttp.FIXED_CLOCK).withMaxBodyBytes(4096));
    http = new SimHttp(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> openAiCases() {
    return Stream.of(
        Arguments.of("invalid JSON", "{\"model\": \"gpt\", ", 400, "", ""),
        Arguments.of("not an object", "[1, 2]", 400, "", "invalid_type"),
        Arguments.of(
            "messages not an array",
            "{\"model\":\"gpt\",\"messages\":\"hi\"}",
            400,
            "messages",
            "invalid_type"),
        Arguments.of(
            "max_tokens a string", chat("\"max_tokens\":\"x\""), 400, "max_tokens", "invalid_type"),
        Arguments.of(
            "max_tokens zero", chat("\"max_tokens\":0"), 400, "max_tokens", "invalid_value"),
        Arguments.of(
            "max_tokens negative",
            chat("\"max_completion_tokens\":-5"),
            400,
            "max_completion_tokens",
            "invalid_value"),
        Arguments.of(
            "temperature out of range",
            chat("\"temperature\":3"),
            400,
            "temperature",
            "invalid_value"),
        Arguments.of("stream a string", chat("\"stream\":\"yes\""), 400, "stream", "invalid_type"),
        Arguments.of(
            "missing messages",
            "{\"model\":\"gpt\"}",
            400,
            "messages",
            "missing_required_parameter"),
        Arguments.of(
            "empty messages",
            "{\"model\":\"gpt\",\"messages\":[]}",
            400,
            "messages",
            "invalid_value"),
        Arguments.of(
            "bad role",
            "{\"model\":\"gpt\",\"messages\":[{\"role\":\"robot\",\"content\":\"x\"}]}",
            400,
            "messages[0].role",
            "invalid_value"),
        Arguments.of(
            "missing model",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}",
            400,
            "model",
            "missing_required_parameter"),
        Arguments.of(
            "stream_options without stream",
            chat("\"stream_options\":{\"include_usage\":true}"),
            400,
            "stream_options",
            "invalid_value"),
        Arguments.of(
            "unknown model", SimHttp.chatBody("nope", false, ""), 404, "", "model_not_found"));
  }

  private static String chat(String extra) {
    return SimHttp.chatBody("gpt", false, extra);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("openAiCases")
  void openAi_badBody_answersOpenAiErrorAndKeepsServing(
      String name, String body, int status, String param, String code) {
    HttpResponse<String> response = http.post(CHAT, body);

    assertThat(response.statusCode()).isEqualTo(status);
    JsonNode error = openAiError(response);
    assertThat(error.get("param").isNull() ? "" : error.get("param").asText()).isEqualTo(param);
    assertThat(error.get("code").isNull() ? "" : error.get("code").asText()).isEqualTo(code);
    if (!param.isEmpty()) {
      assertThat(error.get("message").asText()).contains(param);
    }
    assertGoodRequestSucceeds();
  }

  @Test
  void openAi_unknownModel_saysTheModelDoesNotExist() {
    JsonNode error = openAiError(http.post(CHAT, SimHttp.chatBody("x", false, "")));

    assertThat(error.get("message").asText()).isEqualTo("The model `x` does not exist.");
    assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
  }

  @Test
  void openAi_wrongMethodAndUnknownPath_give405And404() {
    HttpResponse<String> wrongMethod = http.get(CHAT);
    HttpResponse<String> unknown = http.post("/v1/embeddings-nope", "{}");
    HttpResponse<String> outside = http.get("/nothing-here");

    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("allow")).hasValue("POST");
    assertThat(openAiError(wrongMethod).get("code").asText()).isEqualTo("method_not_allowed");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(openAiError(unknown).get("message").asText()).contains("/v1/embeddings-nope");
    assertThat(outside.statusCode()).isEqualTo(404);
    assertThat(http.post("/metrics", "{}").statusCode()).isEqualTo(405);
    assertGoodRequestSucceeds();
  }

  @Test
  void openAi_invalidUtf8_gives400() {
    byte[] body =
        SimHttp.chatBody("gpt", false, "")
            .replace("hello", "h\u00e9llo")
            .getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[body.length - 1];
    int at = new String(body, StandardCharsets.UTF_8).indexOf('\u00e9');
    System.arraycopy(body, 0, broken, 0, at + 1); // keep only the first byte of the two-byte é
    System.arraycopy(body, at + 2, broken, at + 1, body.length - at - 2);

    HttpResponse<String> response = http.postBytes(CHAT, broken);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(openAiError(response).get("message").asText()).contains("UTF-8");
    assertGoodRequestSucceeds();
  }

  @Test
  void bodyOverLimit_declaredLength_gives413WithoutReadingTheBody() throws Exception {
    String head =
        "POST "
            + CHAT
            + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1000000000\r\n\r\n";

    String response = http.raw(head, "{\"model\":".getBytes(StandardCharsets.US_ASCII));

    assertThat(response).startsWith("HTTP/1.1 413");
    assertThat(response).contains("request_too_large");
    assertGoodRequestSucceeds();
  }

  @Test
  void bodyOverLimit_chunked_gives413() {
    byte[] big =
        ("{\"model\":\"gpt\",\"pad\":\"" + "x".repeat(10_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> openAi =
        http.send(
            HttpRequest.newBuilder(http.uri(CHAT))
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
    HttpResponse<String> gemini =
        http.send(
            HttpRequest.newBuilder(http.uri(GEN))
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertThat(openAi.statusCode()).isEqualTo(413);
    assertThat(gemini.statusCode()).isEqualTo(413);
    assertThat(geminiError(gemini).get("code").asInt()).isEqualTo(413);
    assertGoodRequestSucceeds();
  }

  static Stream<Arguments> geminiCases() {
    String contents = "\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]";
    return Stream.of(
        Arguments.of("invalid JSON", "{\"contents\": [", 400, "INVALID_ARGUMENT", ""),
        Arguments.of(
            "contents a string", "{\"contents\":\"hi\"}", 400, "INVALID_ARGUMENT", "contents"),
        Arguments.of(
            "maxOutputTokens a string",
            "{" + contents + ",\"generationConfig\":{\"maxOutputTokens\":\"x\"}}",
            400,
            "INVALID_ARGUMENT",
            "generationConfig.maxOutputTokens"),
        Arguments.of(
            "maxOutputTokens zero",
            "{" + contents + ",\"generationConfig\":{\"maxOutputTokens\":0}}",
            400,
            "INVALID_ARGUMENT",
            "generationConfig.maxOutputTokens"),
        Arguments.of("missing contents", "{}", 400, "INVALID_ARGUMENT", "contents"),
        Arguments.of(
            "bad role",
            "{\"contents\":[{\"role\":\"bot\",\"parts\":[{\"text\":\"x\"}]}]}",
            400,
            "INVALID_ARGUMENT",
            "contents[0].role"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("geminiCases")
  void gemini_badBody_answersGoogleErrorAndKeepsServing(
      String name, String body, int status, String googleStatus, String field) {
    HttpResponse<String> response = http.post(GEN, body);

    assertThat(response.statusCode()).isEqualTo(status);
    JsonNode error = geminiError(response);
    assertThat(error.get("code").asInt()).isEqualTo(status);
    assertThat(error.get("status").asText()).isEqualTo(googleStatus);
    if (!field.isEmpty()) {
      assertThat(error.get("message").asText()).contains(field);
      assertThat(error.at("/details/0/fieldViolations/0/field").asText()).isEqualTo(field);
    }
    assertGoodRequestSucceeds();
  }

  @Test
  void gemini_unknownModelMethodAndVerb_give404And405() {
    HttpResponse<String> unknownModel =
        http.post("/v1beta/models/nope:generateContent", "{\"contents\":[]}");
    HttpResponse<String> unknownMethod = http.post("/v1beta/models/flash:embedEverything", "{}");
    HttpResponse<String> wrongVerb = http.get(GEN);

    assertThat(unknownModel.statusCode()).isEqualTo(404);
    assertThat(geminiError(unknownModel).get("status").asText()).isEqualTo("NOT_FOUND");
    assertThat(geminiError(unknownModel).get("message").asText()).contains("models/nope");
    assertThat(unknownMethod.statusCode()).isEqualTo(404);
    assertThat(wrongVerb.statusCode()).isEqualTo(405);
    assertThat(geminiError(wrongVerb).get("code").asInt()).isEqualTo(405);
    assertGoodRequestSucceeds();
  }

  @Test
  void randomBytes_alwaysGet4xxJson_andTheServerKeepsServing() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    String valid = SimHttp.chatBody("gpt", false, "");
    for (int i = 0; i < 100; i++) {
      byte[] body;
      if (random.nextBoolean()) {
        body = new byte[random.nextInt(64)];
        random.nextBytes(body);
      } else {
        body = valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
      }
      String path = random.nextBoolean() ? CHAT : GEN;

      HttpResponse<String> response = http.postBytes(path, body);

      assertThat(response.statusCode())
          .as("body %s", java.util.Arrays.toString(body))
          .isBetween(400, 499);
      assertThat(SimHttp.json(response.body()).has("error")).isTrue();
    }
    assertGoodRequestSucceeds();
  }

  private static JsonNode openAiError(HttpResponse<String> response) {
    JsonNode error = SimHttp.json(response.body()).get("error");
    assertThat(error).isNotNull();
    assertThat(error.has("message") && error.has("type") && error.has("param") && error.has("code"))
        .isTrue();
    return error;
  }

  private static JsonNode geminiError(HttpResponse<String> response) {
    JsonNode error = SimHttp.json(response.body()).get("error");
    assertThat(error).isNotNull();
    assertThat(error.has("code") && error.has("message") && error.has("status")).isTrue();
    return error;
  }

  private static void assertGoodRequestSucceeds() {
    assertThat(http.post(CHAT, SimHttp.chatBody("gpt", false, "")).statusCode()).isEqualTo(200);
    assertThat(http.post(GEN, "{\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}").statusCode())
        .isEqualTo(200);
  }
}
