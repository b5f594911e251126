package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Engine refusals and failures become each API's real status and body; cuts drop the connection.
 */
class HttpFaultsTest {
  private static final String GEMINI_BODY = "{\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}";
  private ScriptedModel openAi;
  private ScriptedModel vllm;
  private SimServer server;
  private SimHttp http;

  @BeforeEach
  void start() {
    openAi = new ScriptedModel("gpt", ErrorStyle.OPENAI, 0);
    vllm = new ScriptedModel("maverick", ErrorStyle.VLLM, 0);
    server = SimHttp.start(openAi, vllm);
    http = new SimHttp(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static SimFault fault(FaultKind kind) {
    return new SimFault(
        kind,
        "simulated " + kind,
        kind == FaultKind.RATE_LIMITED ? Duration.ofMillis(2500) : Duration.ZERO);
  }

  @ParameterizedTest
  @CsvSource({
    "CONTEXT_LENGTH, 400, invalid_request_error, context_length_exceeded, BadRequestError,"
        + " INVALID_ARGUMENT",
    "RATE_LIMITED, 429, requests, rate_limit_exceeded, RateLimitError, RESOURCE_EXHAUSTED",
    "CRASHED, 500, server_error, , InternalServerError, INTERNAL",
    "UNAVAILABLE, 503, server_error, , ServiceUnavailableError, UNAVAILABLE",
    "INTERNAL, 500, server_error, , InternalServerError, INTERNAL"
  })
  void rejection_eachFaultKind_mapsToStatusAndBodyInEveryFormat(
      FaultKind kind,
      int status,
      String openAiType,
      String openAiCode,
      String vllmType,
      String googleStatus) {
    openAi.rejectNext(fault(kind));
    vllm.rejectNext(fault(kind));
    HttpResponse<String> asOpenAi =
        http.post("/v1/chat/completions", SimHttp.chatBody("gpt", true, ""));
    HttpResponse<String> asVllm =
        http.post("/v1/chat/completions", SimHttp.chatBody("maverick", false, ""));
    openAi.rejectNext(fault(kind));
    HttpResponse<String> asGemini =
        http.post("/v1beta/models/gpt:streamGenerateContent?alt=sse", GEMINI_BODY);

    assertThat(List.of(asOpenAi.statusCode(), asVllm.statusCode(), asGemini.statusCode()))
        .containsOnly(status);
    JsonNode o = SimHttp.json(asOpenAi.body()).get("error");
    assertThat(o.get("message").asText()).isEqualTo("simulated " + kind);
    assertThat(o.get("type").asText()).isEqualTo(openAiType);
    assertThat(o.get("code").isNull() ? null : o.get("code").asText()).isEqualTo(openAiCode);
    JsonNode v = SimHttp.json(asVllm.body()).get("error");
    assertThat(v.get("type").asText()).isEqualTo(vllmType);
    assertThat(v.get("code").isInt()).isTrue();
    assertThat(v.get("code").asInt()).isEqualTo(status);
    JsonNode g = SimHttp.json(asGemini.body()).get("error");
    assertThat(g.get("code").asInt()).isEqualTo(status);
    assertThat(g.get("status").asText()).isEqualTo(googleStatus);
    assertThat(g.get("message").asText()).isEqualTo("simulated " + kind);
    if (kind == FaultKind.RATE_LIMITED) {
      assertThat(asOpenAi.headers().firstValue("retry-after")).hasValue("3");
      assertThat(asGemini.headers().firstValue("retry-after")).hasValue("3");
      assertThat(g.at("/details/0/@type").asText())
          .isEqualTo("type.googleapis.com/google.rpc.RetryInfo");
      assertThat(g.at("/details/0/retryDelay").asText()).isEqualTo("3s");
    } else {
      assertThat(asOpenAi.headers().firstValue("retry-after")).isEmpty();
    }
  }

  @Test
  void unavailable_withRecoveryTime_sendsRetryAfter() {
    openAi.rejectNext(new SimFault(FaultKind.UNAVAILABLE, "recovering", Duration.ofSeconds(12)));

    HttpResponse<String> response =
        http.post("/v1/chat/completions", SimHttp.chatBody("gpt", false, ""));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("retry-after")).hasValue("12");
  }

  @Test
  void engineThrowing_nonStreaming_isA500NotADroppedConnection() {
    ScriptedModel broken =
        new ScriptedModel("broken", ErrorStyle.OPENAI, 0) {
          @Override
          public Admission submit(GenerationRequest request) {
            return new Admission.Accepted(
                new Generation() {
                  @Override
                  public int promptTokens() {
                    return 1;
                  }

                  @Override
                  public GenerationEvent next() {
                    throw new IllegalStateException("engine bug");
                  }

                  @Override
                  public void cancel() {}

                  @Override
                  public void close() {}
                });
          }
        };
    try (SimServer other = SimHttp.start(broken)) {
      HttpResponse<String> response =
          new SimHttp(other).post("/v1/chat/completions", SimHttp.chatBody("broken", false, ""));

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(SimHttp.json(response.body()).at("/error/message").asText())
          .contains("engine bug");
    }
  }

  @Test
  void midStreamFailure_openAi_sendsErrorEventAndNoDone() {
    openAi.scriptNext(
        new GenerationEvent.Tokens("partial ", "", 1),
        new GenerationEvent.Failed(fault(FaultKind.CRASHED)));

    HttpResponse<String> response =
        http.post("/v1/chat/completions", SimHttp.chatBody("gpt", true, ""));

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> events = SimHttp.dataEvents(response.body());
    assertThat(events).hasSize(2).doesNotContain("[DONE]");
    assertThat(SimHttp.json(events.get(0)).at("/choices/0/delta/content").asText())
        .isEqualTo("partial ");
    JsonNode error = SimHttp.json(events.get(1)).get("error");
    assertThat(error.get("message").asText()).isEqualTo("simulated CRASHED");
    assertThat(error.get("type").asText()).isEqualTo("server_error");
  }

  @Test
  void midStreamFailure_vllmStyle_hasIntegerCode() {
    vllm.scriptNext(new GenerationEvent.Failed(fault(FaultKind.CRASHED)));

    HttpResponse<String> response =
        http.post("/v1/chat/completions", SimHttp.chatBody("maverick", true, ""));

    JsonNode error = SimHttp.json(SimHttp.dataEvents(response.body()).get(0)).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(500);
    assertThat(error.get("type").asText()).isEqualTo("InternalServerError");
  }

  @Test
  void midStreamFailure_gemini_sendsErrorObjectEvent() {
    openAi.scriptNext(
        new GenerationEvent.Tokens("parcial", "", 1),
        new GenerationEvent.Failed(fault(FaultKind.UNAVAILABLE)));

    HttpResponse<String> response =
        http.post("/v1beta/models/gpt:streamGenerateContent?alt=sse", GEMINI_BODY);

    List<String> events = SimHttp.dataEvents(response.body());
    assertThat(events).hasSize(2);
    JsonNode error = SimHttp.json(events.get(1)).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(503);
    assertThat(error.get("status").asText()).isEqualTo("UNAVAILABLE");
  }

  @Test
  void midGenerationFailure_nonStreaming_isAnErrorResponse() {
    openAi.scriptNext(
        new GenerationEvent.Tokens("x", "", 1),
        new GenerationEvent.Failed(fault(FaultKind.CRASHED)));

    HttpResponse<String> response =
        http.post("/v1/chat/completions", SimHttp.chatBody("gpt", false, ""));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(SimHttp.json(response.body()).at("/error/message").asText())
        .isEqualTo("simulated CRASHED");
  }

  @Test
  void cut_streaming_dropsConnectionWithoutTerminalEventOrCleanEnd() throws IOException {
    openAi.scriptNext(new GenerationEvent.Tokens("half ", "", 1), new GenerationEvent.Cut());
    String head =
        "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: %d\r\n\r\n";
    byte[] body =
        SimHttp.chatBody("gpt", true, "").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    String raw = http.raw(head.formatted(body.length), body);

    assertThat(raw).startsWith("HTTP/1.1 200").contains("half ");
    assertThat(raw).doesNotContain("[DONE]").doesNotContain("finish_reason\":\"");
    assertThat(raw).as("no terminating zero-length chunk").doesNotEndWith("0\r\n\r\n");
    openAi.scriptNext(new GenerationEvent.Tokens("half ", "", 1), new GenerationEvent.Cut());
    assertThatThrownBy(() -> http.post("/v1/chat/completions", SimHttp.chatBody("gpt", true, "")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(http.post("/v1/chat/completions", SimHttp.chatBody("gpt", true, "")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void cut_nonStreamingAndGemini_dropConnection() {
    openAi.scriptNext(new GenerationEvent.Cut());
    assertThatThrownBy(() -> http.post("/v1/chat/completions", SimHttp.chatBody("gpt", false, "")))
        .isInstanceOf(UncheckedIOException.class);
    openAi.scriptNext(new GenerationEvent.Tokens("x", "", 1), new GenerationEvent.Cut());
    assertThatThrownBy(
            () -> http.post("/v1beta/models/gpt:streamGenerateContent?alt=sse", GEMINI_BODY))
        .isInstanceOf(UncheckedIOException.class);
    openAi.scriptNext(
        new GenerationEvent.Tokens("ok", "", 1),
        new GenerationEvent.Done(FinishReason.STOP, Usage.server(1, 1, 0)));
    assertThat(http.post("/v1beta/models/gpt:generateContent", GEMINI_BODY).statusCode())
        .isEqualTo(200);
  }
}
