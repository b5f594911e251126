package dev.versus.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.CallOutcome;
import dev.versus.core.ErrorClass;
import dev.versus.core.ProviderError;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.Script;
import dev.versus.provider.ScriptedContractTest;
import dev.versus.provider.ScriptedHttpServer;
import dev.versus.provider.StreamListener;
import dev.versus.provider.StreamingCall;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The provider contract against scripted OpenAI bytes (string error codes, as OpenAI sends). */
class OpenAiContractTest extends ScriptedContractTest {

  @Override
  protected ChatProvider newClient(ProviderConfig config) {
    return OpenAiClient.create(config);
  }

  @Override
  protected String basePath() {
    return "/v1";
  }

  @Override
  protected String chatPath(boolean streaming) {
    return "/v1/chat/completions";
  }

  @Override
  protected String modelsPath() {
    return "/v1/models";
  }

  @Override
  protected String contentEvent(String text) {
    return chunk("{\"content\":" + q(text) + "}", "null");
  }

  static String chunk(String delta, String finishReason) {
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764165600,"
        + "\"model\":\"contract-model\",\"choices\":[{\"index\":0,\"delta\":" + delta
        + ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]}";
  }

  static String usageChunk(int prompt, int completion, int reasoning) {
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1764165600,"
        + "\"model\":\"contract-model\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + prompt
        + ",\"completion_tokens\":" + completion + ",\"total_tokens\":" + (prompt + completion)
        + ",\"completion_tokens_details\":{\"reasoning_tokens\":" + reasoning + "}}}";
  }

  @Override
  protected Script answer(boolean streaming, boolean length) {
    String finish = length ? "\"length\"" : "\"stop\"";
    if (!streaming) {
      return Script.json(200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\","
          + "\"created\":1764165600,\"model\":\"contract-model\",\"choices\":[{\"index\":0,"
          + "\"message\":{\"role\":\"assistant\",\"content\":" + q(ANSWER) + "},"
          + "\"finish_reason\":" + finish + "}],\"usage\":{\"prompt_tokens\":12,"
          + "\"completion_tokens\":5,\"total_tokens\":17}}");
    }
    // the last content event is split inside the two-byte 'ñ' across two writes
    byte[] last = ("data: " + contentEvent(CHUNKS.get(2)) + "\n\n").getBytes(StandardCharsets.UTF_8);
    int split = indexOf(last, "ñ".getBytes(StandardCharsets.UTF_8)) + 1;
    return Script.status(200).sse()
        .event(chunk("{\"role\":\"assistant\",\"content\":\"\"}", "null"))
        .write("data: " + contentEvent(CHUNKS.get(0)) + "\n\ndata: " + contentEvent(CHUNKS.get(1))
            + "\n\n: keep-alive\n\n")
        .write(Arrays.copyOfRange(last, 0, split))
        .pause(Duration.ofMillis(5))
        .write(Arrays.copyOfRange(last, split, last.length))
        .event(chunk("{}", finish))
        .event(usageChunk(12, 5, 0))
        .event("[DONE]")
        .end();
  }

  @Override
  protected Script reasoning() {
    return Script.status(200).sse()
        .event(chunk("{\"role\":\"assistant\",\"reasoning_content\":"
            + q(REASONING_CHUNKS.get(0)) + "}", "null"))
        .event(chunk("{\"reasoning\":" + q(REASONING_CHUNKS.get(1)) + "}", "null"))
        .event(contentEvent(CHUNKS.get(0)))
        .event(contentEvent(CHUNKS.get(1)))
        .event(chunk("{\"content\":" + q(CHUNKS.get(2)) + "}", "\"stop\""))
        .event(usageChunk(12, 9, 6))
        .event("[DONE]")
        .end();
  }

  @Override
  protected Script errorResponse(Scenario scenario) {
    return switch (scenario) {
      case RATE_LIMITED -> Script.status(429).header("Content-Type", "application/json")
          .header("Retry-After", "13")
          .write(error("Rate limit reached for requests per min", "requests",
              "\"rate_limit_exceeded\"")).end();
      case CONTEXT_LENGTH -> Script.json(400, error("This model's maximum context length is 8192"
          + " tokens. However, your messages resulted in 9000 tokens.", "invalid_request_error",
          "\"context_length_exceeded\""));
      case BACKEND_CRASH -> Script.json(500, error(
          "CUDA error: an illegal memory access was encountered", "server_error", "null"));
      case BAD_REQUEST -> Script.json(400, error("Invalid value for 'temperature'",
          "invalid_request_error", "\"invalid_value\""));
      case UNAVAILABLE -> Script.json(503, error(
          "The engine is currently overloaded, please try again later", "server_error", "null"));
      default -> throw new IllegalArgumentException(scenario.name());
    };
  }

  static String error(String message, String type, String code) {
    return "{\"error\":{\"message\":" + q(message) + ",\"type\":\"" + type
        + "\",\"param\":null,\"code\":" + code + "}}";
  }

  @Override
  protected ProviderError expectedError(Scenario scenario) {
    return switch (scenario) {
      case RATE_LIMITED -> new ProviderError(ErrorClass.RATE_LIMITED, 429, "Rate limit reached",
          "rate_limit_exceeded", Duration.ofSeconds(13));
      case CONTEXT_LENGTH -> new ProviderError(ErrorClass.CONTEXT_LENGTH, 400,
          "maximum context length", "context_length_exceeded", Duration.ZERO);
      case BACKEND_CRASH -> new ProviderError(ErrorClass.BACKEND_CRASH, 500, "CUDA error",
          "server_error", Duration.ZERO);
      case BAD_REQUEST -> new ProviderError(ErrorClass.HTTP_4XX, 400, "temperature",
          "invalid_value", Duration.ZERO);
      case UNAVAILABLE -> new ProviderError(ErrorClass.HTTP_5XX, 503, "overloaded",
          "server_error", Duration.ZERO);
      case MID_STREAM_ERROR -> new ProviderError(ErrorClass.HTTP_5XX, 200,
          "The server had an error", "server_error", Duration.ZERO);
      default -> throw new IllegalArgumentException(scenario.name());
    };
  }

  @Override
  protected Script midStreamError() {
    return Script.status(200).sse()
        .event(contentEvent("Hola"))
        .event(error("The server had an error while processing your request", "server_error",
            "null"))
        .end();
  }

  @Override
  protected Script models() {
    return Script.json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"contract-model\","
        + "\"object\":\"model\",\"owned_by\":\"vllm\"},{\"id\":\"other-model\","
        + "\"object\":\"model\"}]}");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("needle not found");
  }

  // ---- OpenAI-specific ----

  @Test
  void stream_finishReasonButNoDone_stillStreamInterrupted() {
    try (ScriptedHttpServer server = ScriptedHttpServer.start();
        ChatProvider client = clientAt(server.uri("/v1"), PROMPTLY, PROMPTLY)) {
      server.route("/v1/chat/completions", Script.status(200).sse()
          .event(contentEvent("Hola")).event(chunk("{}", "\"stop\"")).end());
      CallOutcome outcome = client.stream(request(), StreamListener.ignoring()).await();
      assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed -> {
        assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.STREAM_INTERRUPTED);
        assertThat(failed.error().message()).contains("finish_reason 'stop'");
      });
      assertThat(outcome.content()).isEqualTo("Hola");
    }
  }

  @Test
  void stream_eventNotJson_invalidResponse() {
    try (ScriptedHttpServer server = ScriptedHttpServer.start();
        ChatProvider client = clientAt(server.uri("/v1"), PROMPTLY, PROMPTLY)) {
      server.route("/v1/chat/completions", Script.status(200).sse()
          .event(contentEvent("Hola")).event("<html>").event("[DONE]").end());
      CallOutcome outcome = client.stream(request(), StreamListener.ignoring()).await();
      assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
          assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.INVALID_RESPONSE));
    }
  }

  @Test
  void stream_serverIgnoresStreamFlag_invalidResponseOrItsError() {
    try (ScriptedHttpServer server = ScriptedHttpServer.start();
        ChatProvider client = clientAt(server.uri("/v1"), PROMPTLY, PROMPTLY)) {
      server.route("/v1/chat/completions", Script.json(200, "{\"choices\":[]}"));
      CallOutcome plain = client.stream(request(), StreamListener.ignoring()).await();
      assertThat(plain).isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
          assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.INVALID_RESPONSE));

      server.route("/v1/chat/completions", Script.json(200,
          error("KV cache is full", "BadRequestError", "400")));
      CallOutcome error = client.stream(request(), StreamListener.ignoring()).await();
      assertThat(error).isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
          assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.CONTEXT_LENGTH));
    }
  }

  @Test
  void stream_twoCallsInARow_reuseTheConnection() throws InterruptedException {
    try (ScriptedHttpServer server = ScriptedHttpServer.start();
        ChatProvider client = clientAt(server.uri("/v1"), PROMPTLY, PROMPTLY)) {
      server.route("/v1/chat/completions", answer(true, false));
      client.stream(request(), StreamListener.ignoring()).await();
      // the outcome completes at [DONE]; the empty rest of the body is drained just after it on the
      // reading thread. Give that drain a generous 300 ms on this loaded 2-core machine.
      Thread.sleep(300);
      client.stream(request(), StreamListener.ignoring()).await();
      assertThat(server.requests()).hasSize(2);
      assertThat(server.requests().get(1).clientPort())
          .as("keep-alive: the drained stream returned its connection to the pool")
          .isEqualTo(server.requests().get(0).clientPort());
    }
  }

  @Test
  void stream_cancelBeforeHeaders_cancelledPromptly() throws InterruptedException {
    try (ScriptedHttpServer server = ScriptedHttpServer.start();
        ChatProvider client = clientAt(server.uri("/v1"), PROMPTLY, Duration.ofSeconds(20))) {
      server.route("/v1/chat/completions",
          Script.status(200).delayHeaders(Duration.ofSeconds(20)).sse().end());
      StreamingCall call = client.stream(request(), StreamListener.ignoring());
      assertThat(server.awaitRequest(PROMPTLY)).isTrue();
      call.cancel();
      CallOutcome outcome = call.outcome().orTimeout(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS)
          .join();
      assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
          assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.CANCELLED));
    }
  }

  @Test
  void stream_listenerThrows_outcomeStillCompletesAndConnectionCloses() throws Exception {
    try (ScriptedHttpServer server = ScriptedHttpServer.start();
        ChatProvider client = clientAt(server.uri("/v1"), PROMPTLY, Duration.ofSeconds(20))) {
      server.route("/v1/chat/completions", Script.status(200).sse().event(contentEvent("Hola"))
          .hold(": keep-alive\n\n", Duration.ofMillis(20)).end());
      StreamingCall call = client.stream(request(), event -> {
        throw new IllegalStateException("listener bug");
      });
      CallOutcome outcome = call.outcome().orTimeout(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS)
          .join();
      assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
          assertThat(failed.error().message()).contains("listener bug"));
      assertThat(server.awaitDisconnect(PROMPTLY)).isTrue();
    }
  }
}
