package dev.versus.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ProviderError;
import dev.versus.core.SamplingParams;
import dev.versus.provider.Cancellable;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.HttpExchange;
import dev.versus.provider.HttpTransport;
import dev.versus.provider.Json;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.ProviderException;
import dev.versus.provider.SseStreamingCall;
import dev.versus.provider.StreamListener;
import dev.versus.provider.StreamingCall;
import java.net.URI;
import dev.versus.provider.OutboundRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.Optional;

/**
 * A client for any OpenAI-compatible endpoint (vLLM, llama.cpp server, Ollama, TGI, OpenAI...):
 * {@code POST {base}/chat/completions}, {@code POST {base}/completions} for raw prompts and {@code
 * GET {base}/models}. The API key, when set, goes in {@code Authorization: Bearer}.
 *
 * <p>Thread-safe; never retries; expected failures are {@link CallOutcome.Failed} values.
 */
public final class OpenAiClient implements ChatProvider {
  private static final String CHAT_PATH = "/chat/completions";
  private static final int MAX_BODY_BYTES = 64 << 20;

  private final ProviderConfig config;
  private final HttpTransport transport;
  private final URI chatUri;
  private final Clock clock;

  private OpenAiClient(ProviderConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.transport = HttpTransport.create(config);
    this.chatUri = config.resolve(CHAT_PATH);
  }

  /** A client for {@code config}'s endpoint and model. */
  public static OpenAiClient create(ProviderConfig config) {
    return new OpenAiClient(Objects.requireNonNull(config, "config"), Clock.systemUTC());
  }

  @Override
  public String label() {
    return "openai:" + config.model() + "@" + config.displayBase();
  }

  @Override
  public String model() {
    return config.model();
  }

  @Override
  public CallOutcome call(ChatRequest request) {
    return callBlocking(CHAT_PATH, OpenAiWire.chatBody(request, false), handle -> {});
  }

  @Override
  public CallOutcome call(ChatRequest request, Consumer<? super Cancellable> onStart) {
    return callBlocking(CHAT_PATH, OpenAiWire.chatBody(request, false), onStart);
  }

  @Override
  public StreamingCall stream(ChatRequest request, StreamListener listener) {
    return streamFrom(CHAT_PATH, OpenAiWire.chatBody(request, true), listener);
  }

  @Override
  public CallOutcome streamHere(
      ChatRequest request, StreamListener listener, Consumer<? super StreamingCall> onStart) {
    HttpExchange exchange = transport.exchange(post(CHAT_PATH,
        OpenAiWire.chatBody(request, true), true));
    return SseStreamingCall.runHere(exchange, new OpenAiStreamDecoder(clock), listener, onStart);
  }

  /** A non-streaming raw completion of {@code prompt} ({@code POST {base}/completions}). */
  public CallOutcome complete(String prompt, SamplingParams sampling) {
    return callBlocking("/completions",
        OpenAiWire.completionBody(config.model(), prompt, sampling, false), handle -> {});
  }

  /** A streaming raw completion of {@code prompt}; events as for {@link #stream}. */
  public StreamingCall streamCompletion(
      String prompt, SamplingParams sampling, StreamListener listener) {
    return streamFrom(
        "/completions", OpenAiWire.completionBody(config.model(), prompt, sampling, true), listener);
  }

  @Override
  public List<String> listModels() {
    OutboundRequest request = authorised(transport.request(config.resolve("/models"))).get().build();
    HttpExchange.Result result = transport.exchange(request).readFully(MAX_BODY_BYTES);
    HttpExchange.Body body = switch (result) {
      case HttpExchange.Result.Failed failed -> throw new ProviderException(
          "cannot list models at " + config.displayBase() + ": " + failed.error().message());
      case HttpExchange.Result.Received received -> received.body();
    };
    if (body.status() / 100 != 2) {
      ProviderError error =
          OpenAiWire.errorResponse(body.status(), body.headers(), body.bytes(), clock);
      throw new ProviderException("cannot list models at " + config.displayBase() + ": HTTP "
          + body.status() + " " + error.message());
    }
    JsonNode data = Json.parse(body.bytes()).map(root -> root.get("data")).orElse(null);
    if (data == null || !data.isArray()) {
      throw new ProviderException("the model list at " + config.displayBase()
          + " is not {\"data\": [...]}: " + Json.snippet(body.bytes(), 200));
    }
    List<String> models = new ArrayList<>();
    data.forEach(model -> models.add(Json.text(model, "id")));
    return List.copyOf(models);
  }

  @Override
  public void close() {
    transport.close();
  }

  private CallOutcome callBlocking(
      String path, byte[] body, Consumer<? super Cancellable> onStart) {
    HttpExchange exchange = transport.exchange(post(path, body, false));
    Cancellable cancel = exchange::cancel;
    onStart.accept(cancel);
    return switch (exchange.readFully(MAX_BODY_BYTES)) {
      case HttpExchange.Result.Failed failed -> CallOutcome.Failed.of(failed.error());
      case HttpExchange.Result.Received received -> outcomeOf(received.body());
    };
  }

  private StreamingCall streamFrom(String path, byte[] body, StreamListener listener) {
    HttpExchange exchange = transport.exchange(post(path, body, true));
    return SseStreamingCall.start(transport, exchange, new OpenAiStreamDecoder(clock), listener);
  }

  private CallOutcome outcomeOf(HttpExchange.Body body) {
    if (body.status() / 100 != 2) {
      return CallOutcome.Failed.of(
          OpenAiWire.errorResponse(body.status(), body.headers(), body.bytes(), clock));
    }
    Optional<JsonNode> parsed = Json.parse(body.bytes());
    if (parsed.isEmpty() || !parsed.get().isObject()) {
      return invalid(body, "the response body is not a JSON object");
    }
    JsonNode root = parsed.get();
    JsonNode error = OpenAiWire.errorObject(root);
    if (error != null) {
      return CallOutcome.Failed.of(OpenAiWire.error(body.status(), body.headers(), error, clock));
    }
    JsonNode choice = root.path("choices").path(0);
    if (!choice.isObject()) {
      return invalid(body, "the response has no choices[0]");
    }
    JsonNode message = choice.path("message");
    String content = choice.has("text") ? Json.text(choice, "text") : Json.text(message, "content");
    String reasoning = Json.text(message, "reasoning_content");
    if (reasoning.isEmpty()) {
      reasoning = Json.text(message, "reasoning");
    }
    String reason = Json.text(choice, "finish_reason");
    FinishReason finish = reason.isEmpty() ? FinishReason.OTHER : FinishReason.fromOpenAi(reason);
    return new CallOutcome.Completed(content, reasoning, finish, OpenAiWire.usage(root));
  }

  private static CallOutcome invalid(HttpExchange.Body body, String what) {
    return CallOutcome.Failed.of(new ProviderError(ErrorClass.INVALID_RESPONSE, body.status(),
        what + ": " + Json.snippet(body.bytes(), 200), "", java.time.Duration.ZERO));
  }

  private OutboundRequest post(String path, byte[] body, boolean stream) {
    URI uri = path.equals(CHAT_PATH) ? chatUri : config.resolve(path); // parsed once for the hot path
    OutboundRequest.Builder builder = transport.postJson(uri, body);
    if (stream) {
      builder.header("Accept", "text/event-stream");
    }
    return authorised(builder).build();
  }

  private OutboundRequest.Builder authorised(OutboundRequest.Builder builder) {
    if (!config.apiKey().isEmpty()) {
      builder.header("Authorization", "Bearer " + config.apiKey());
    }
    return builder;
  }
}
