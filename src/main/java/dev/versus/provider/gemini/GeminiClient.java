package dev.versus.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ProviderError;
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
import java.net.URLEncoder;
import java.util.function.Consumer;
import dev.versus.provider.OutboundRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A client for the Google Gemini API (or a local server speaking it): {@code
 * models/{model}:generateContent}, {@code :streamGenerateContent?alt=sse}, {@code :countTokens}
 * and the model list, under {@code {base}/v1beta}. The API key goes in the {@code x-goog-api-key}
 * header, never in the URL.
 *
 * <p>Thread-safe; never retries; expected failures are {@link CallOutcome.Failed} values.
 */
public final class GeminiClient implements ChatProvider {
  /** The public Gemini API root. */
  public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";

  private static final int MAX_BODY_BYTES = 64 << 20;
  private static final int MAX_MODEL_PAGES = 20;

  private final ProviderConfig config;
  private final HttpTransport transport;
  private final Clock clock;

  private GeminiClient(ProviderConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.transport = HttpTransport.create(config);
  }

  /** A client for {@code config}'s endpoint and model. */
  public static GeminiClient create(ProviderConfig config) {
    return new GeminiClient(Objects.requireNonNull(config, "config"), Clock.systemUTC());
  }

  @Override
  public String label() {
    String base = config.displayBase();
    return "gemini:" + config.model() + (base.equals(DEFAULT_BASE_URL) ? "" : "@" + base);
  }

  @Override
  public String model() {
    return config.model();
  }

  @Override
  public CallOutcome call(ChatRequest request) {
    return call(request, handle -> {});
  }

  @Override
  public CallOutcome call(ChatRequest request, Consumer<? super Cancellable> onStart) {
    OutboundRequest http = post(request.model(), ":generateContent", GeminiWire.requestBody(request));
    HttpExchange exchange = transport.exchange(http);
    Cancellable cancel = exchange::cancel;
    onStart.accept(cancel);
    return switch (exchange.readFully(MAX_BODY_BYTES)) {
      case HttpExchange.Result.Failed failed -> CallOutcome.Failed.of(failed.error());
      case HttpExchange.Result.Received received -> outcomeOf(received.body());
    };
  }

  @Override
  public StreamingCall stream(ChatRequest request, StreamListener listener) {
    OutboundRequest http = post(request.model(), ":streamGenerateContent?alt=sse",
        GeminiWire.requestBody(request));
    return SseStreamingCall.start(
        transport, transport.exchange(http), new GeminiStreamDecoder(clock), listener);
  }

  @Override
  public CallOutcome streamHere(
      ChatRequest request, StreamListener listener, Consumer<? super StreamingCall> onStart) {
    OutboundRequest http = post(request.model(), ":streamGenerateContent?alt=sse",
        GeminiWire.requestBody(request));
    return SseStreamingCall.runHere(
        transport.exchange(http), new GeminiStreamDecoder(clock), listener, onStart);
  }

  /** Counts the prompt's tokens with {@code :countTokens}; empty when the call fails. */
  @Override
  public OptionalInt countTokens(ChatRequest request) {
    OutboundRequest http = post(request.model(), ":countTokens", GeminiWire.countTokensBody(request));
    if (transport.exchange(http).readFully(MAX_BODY_BYTES)
        instanceof HttpExchange.Result.Received(HttpExchange.Body body)
        && body.status() / 100 == 2) {
      JsonNode total = Json.parse(body.bytes()).map(root -> root.get("totalTokens")).orElse(null);
      if (total != null && total.canConvertToInt()) {
        return OptionalInt.of(total.asInt());
      }
    }
    return OptionalInt.empty();
  }

  @Override
  public List<String> listModels() {
    List<String> models = new ArrayList<>();
    String pageToken = "";
    for (int page = 0; page < MAX_MODEL_PAGES; page++) {
      String query = "?pageSize=1000" + (pageToken.isEmpty() ? ""
          : "&pageToken=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8));
      OutboundRequest http = keyed(transport.request(config.resolve("/v1beta/models" + query)))
          .get().build();
      JsonNode root = fetchJson(http);
      for (JsonNode model : root.path("models")) {
        String name = Json.text(model, "name");
        models.add(name.startsWith("models/") ? name.substring("models/".length()) : name);
      }
      pageToken = Json.text(root, "nextPageToken");
      if (pageToken.isEmpty()) {
        break;
      }
    }
    return List.copyOf(models);
  }

  @Override
  public void close() {
    transport.close();
  }

  private JsonNode fetchJson(OutboundRequest http) {
    HttpExchange.Body body = switch (transport.exchange(http).readFully(MAX_BODY_BYTES)) {
      case HttpExchange.Result.Failed failed -> throw new ProviderException(
          "cannot list models at " + config.displayBase() + ": " + failed.error().message());
      case HttpExchange.Result.Received received -> received.body();
    };
    if (body.status() / 100 != 2) {
      ProviderError error =
          GeminiWire.errorResponse(body.status(), body.headers(), body.bytes(), clock);
      throw new ProviderException("cannot list models at " + config.displayBase() + ": HTTP "
          + body.status() + " " + error.message());
    }
    return Json.parse(body.bytes()).filter(JsonNode::isObject).orElseThrow(
        () -> new ProviderException("the model list at " + config.displayBase()
            + " is not a JSON object: " + Json.snippet(body.bytes(), 200)));
  }

  private CallOutcome outcomeOf(HttpExchange.Body body) {
    if (body.status() / 100 != 2) {
      return CallOutcome.Failed.of(
          GeminiWire.errorResponse(body.status(), body.headers(), body.bytes(), clock));
    }
    Optional<JsonNode> parsed = Json.parse(body.bytes());
    if (parsed.isEmpty() || !parsed.get().isObject()) {
      return CallOutcome.Failed.of(new ProviderError(ErrorClass.INVALID_RESPONSE, body.status(),
          "the response body is not a JSON object: " + Json.snippet(body.bytes(), 200), "",
          Duration.ZERO));
    }
    JsonNode error = GeminiWire.errorObject(parsed.get());
    if (error != null) {
      return CallOutcome.Failed.of(GeminiWire.error(body.status(), body.headers(), error, clock));
    }
    GeminiWire.Chunk chunk = GeminiWire.chunk(parsed.get());
    StringBuilder content = new StringBuilder();
    StringBuilder reasoning = new StringBuilder();
    for (GeminiWire.Part part : chunk.parts()) {
      (part.thought() ? reasoning : content).append(part.text());
    }
    FinishReason finish = chunk.blocked() ? FinishReason.CONTENT_FILTER
        : chunk.finishReason().isEmpty() ? FinishReason.OTHER
        : FinishReason.fromGemini(chunk.finishReason());
    return new CallOutcome.Completed(
        content.toString(), reasoning.toString(), finish, chunk.usage());
  }

  private OutboundRequest post(String model, String method, ObjectNode body) {
    String path = "/v1beta/models/" + URLEncoder.encode(model, StandardCharsets.UTF_8) + method;
    OutboundRequest.Builder builder = transport.postJson(config.resolve(path), Json.bytes(body));
    if (method.startsWith(":stream")) {
      builder.header("Accept", "text/event-stream");
    }
    return keyed(builder).build();
  }

  private OutboundRequest.Builder keyed(OutboundRequest.Builder builder) {
    if (!config.apiKey().isEmpty()) {
      builder.header("x-goog-api-key", config.apiKey());
    }
    return builder;
  }
}
