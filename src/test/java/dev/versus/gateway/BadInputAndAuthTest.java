package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.GatewayLogRow;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clear OpenAI-shaped 4xx answers for bad input and bad credentials, each logged. */
class BadInputAndAuthTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static GatewayHarness h;
  private static String teamA;
  private static String ops;
  private static String tiny;

  @BeforeAll
  static void start() throws Exception {
    SecureRandom random = new SecureRandom();
    Map.Entry<String, ApiKey> a = ApiKeys.generate("team-a", random);
    Map.Entry<String, ApiKey> o = ApiKeys.generate("ops", random);
    Map.Entry<String, ApiKey> t = ApiKeys.generate("tiny", random);
    teamA = a.getKey();
    ops = o.getKey();
    tiny = t.getKey();
    Path keys = dir.resolve("keys.yaml");
    Files.writeString(keys, "keys:\n"
        + "  - { id: team-a, sha256: " + a.getValue().sha256() + ", routes: [chat] }\n"
        + "  - { id: ops, sha256: " + o.getValue().sha256() + ", routes: [\"*\"], backends: [\"*\"] }\n"
        + "  - { id: tiny, sha256: " + t.getValue().sha256() + ", requests-per-minute: 2 }\n");
    String yaml = """
        listen: 127.0.0.1:0
        max-body: 2KiB
        backends:
          main:  { provider: openai, base-url: "${MAIN}", model: main }
          other: { provider: openai, base-url: "${OTHER}", model: other }
        routes:
          - { model: chat, use: main }
          - { model: private, use: other }
        auth: { keys-file: "%s" }
        """.formatted(keys.toString().replace("\\", "/"));
    h = GatewayHarness.start(yaml, TestProfiles.instant("main"), TestProfiles.instant("other"));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  private static String bearer(String key) {
    return "Bearer " + key;
  }

  private static JsonNode error(HttpResponse<String> res) throws Exception {
    JsonNode e = JSON.readTree(res.body()).path("error");
    assertThat(e.isObject()).as(res.body()).isTrue();
    assertThat(e.has("message") && e.has("type") && e.has("param") && e.has("code")).isTrue();
    return e;
  }

  private static GatewayLogRow logged(HttpResponse<String> res) {
    return h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
  }

  @Test
  void noKey_401_loggedWithEmptyKeyHash() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "hola", false, 5));

    assertThat(res.statusCode()).isEqualTo(401);
    assertThat(error(res).path("code").asText()).isEqualTo("invalid_api_key");
    GatewayLogRow row = logged(res);
    assertThat(row.httpStatus()).isEqualTo(401);
    assertThat(row.apiKeyHash()).isEmpty();
  }

  @Test
  void wrongKey_401() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "hola", false, 5),
        "authorization", bearer(teamA.substring(0, teamA.length() - 4) + "beef"));
    assertThat(res.statusCode()).isEqualTo(401);
    assertThat(error(res).path("message").asText()).isEqualTo("invalid API key");
  }

  @Test
  void validKey_200_loggedWithHashOfIdNeverTheKey() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "hola", false, 5),
        "authorization", bearer(teamA));
    assertThat(res.statusCode()).isEqualTo(200);
    GatewayLogRow row = logged(res);
    assertThat(row.apiKeyHash()).isEqualTo(ApiKeys.logHash("team-a"));
    assertThat(row.toString()).doesNotContain(teamA);
  }

  @Test
  void routeNotAllowed_403() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("private", "hola", false, 5),
        "authorization", bearer(teamA));
    assertThat(res.statusCode()).isEqualTo(403);
    assertThat(error(res).path("message").asText()).contains("may not call model 'private'");
    assertThat(logged(res).httpStatus()).isEqualTo(403);
  }

  @Test
  void forcedBackend_keyWithoutPermission_403() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "hola", false, 5),
        "authorization", bearer(teamA), "x-versus-backend", "other");
    assertThat(res.statusCode()).isEqualTo(403);
    assertThat(error(res).path("code").asText()).isEqualTo("backend_not_allowed");
    assertThat(error(res).path("message").asText()).contains("x-versus-backend").contains("other");
  }

  @Test
  void forcedBackend_keyWithPermission_served() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "hola", false, 5),
        "authorization", bearer(ops), "x-versus-backend", "other");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("x-versus-backend")).contains("other");
  }

  @Test
  void forcedBackend_unknown_400() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "hola", false, 5),
        "authorization", bearer(ops), "x-versus-backend", "nope");
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(error(res).path("param").asText()).isEqualTo("x-versus-backend");
  }

  @Test
  void perKeyRateLimit_429WithRetryAfter() {
    int last = 0;
    for (int i = 0; i < 3; i++) {
      last = h.post(GatewayHarness.chat("chat", "hola", false, 5), "authorization", bearer(tiny))
          .statusCode();
    }
    HttpResponse<String> res =
        h.post(GatewayHarness.chat("chat", "hola", false, 5), "authorization", bearer(tiny));
    assertThat(last).isEqualTo(429);
    assertThat(res.statusCode()).isEqualTo(429);
    assertThat(res.headers().firstValue("retry-after")).isPresent();
  }

  @Test
  void malformedJson_400() throws Exception {
    HttpResponse<String> res = h.post("{\"model\": \"chat\", \"messages\": [", "authorization", bearer(ops));
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(error(res).path("code").asText()).isEqualTo("invalid_json");
    assertThat(logged(res).httpStatus()).isEqualTo(400);
  }

  @Test
  void wrongTypes_400NamingTheField() throws Exception {
    Map<String, String> cases = Map.of(
        "{\"model\":\"chat\",\"messages\":\"hola\"}", "messages",
        "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"max_tokens\":\"ten\"}", "max_tokens",
        "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"temperature\":\"hot\"}", "temperature",
        "{\"model\":42,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "model",
        "{\"model\":\"chat\",\"messages\":[{\"role\":\"wizard\",\"content\":\"x\"}]}", "messages[0].role",
        "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"stream\":\"yes\"}", "stream");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      HttpResponse<String> res = h.post(c.getKey(), "authorization", bearer(ops));
      assertThat(res.statusCode()).as(c.getKey()).isEqualTo(400);
      assertThat(error(res).path("param").asText()).as(c.getKey()).isEqualTo(c.getValue());
      assertThat(error(res).path("type").asText()).isEqualTo("invalid_request_error");
    }
  }

  @Test
  void bodyOverLimit_413() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "x".repeat(4096), false, 5),
        "authorization", bearer(ops));
    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(error(res).path("code").asText()).isEqualTo("request_too_large");
    assertThat(logged(res).httpStatus()).isEqualTo(413);
  }

  @Test
  void invalidUtf8_400() throws Exception {
    byte[] head = "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\""
        .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\"}]}".getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    body[head.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
    body[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, body, head.length + 2, tail.length);
    HttpResponse<String> res = h.postBytes(body, "authorization", bearer(ops));
    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(error(res).path("code").asText()).isEqualTo("invalid_encoding");
  }

  @Test
  void unknownModel_404ListingRoutes() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("gpt-9", "hola", false, 5),
        "authorization", bearer(ops));
    assertThat(res.statusCode()).isEqualTo(404);
    JsonNode e = error(res);
    assertThat(e.path("code").asText()).isEqualTo("model_not_found");
    assertThat(e.path("message").asText()).contains("gpt-9").contains("chat, private");
    GatewayLogRow row = logged(res);
    assertThat(row.requestedModel()).isEqualTo("gpt-9");
    assertThat(row.httpStatus()).isEqualTo(404);
  }

  @Test
  void unknownPathAndWrongMethod_clearErrors_thenStillServing() throws Exception {
    HttpResponse<String> unknown = h.get("/v1/embeddings");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(error(unknown).path("code").asText()).isEqualTo("unknown_url");
    HttpResponse<String> wrong = h.get("/v1/chat/completions");
    assertThat(wrong.statusCode()).isEqualTo(405);
    HttpResponse<String> ok = h.post(GatewayHarness.chat("chat", "hola", false, 5),
        "authorization", bearer(ops));
    assertThat(ok.statusCode()).isEqualTo(200);
  }
}
