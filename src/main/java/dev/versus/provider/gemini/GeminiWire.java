package dev.versus.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.Message;
import dev.versus.core.ProviderError;
import dev.versus.core.SamplingParams;
import dev.versus.core.Usage;
import dev.versus.provider.ErrorMapping;
import dev.versus.provider.Json;
import dev.versus.provider.ResponseHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The Gemini wire format: request bodies, response chunks and error objects. */
final class GeminiWire {
  private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

  private GeminiWire() {}

  /** One text part of a candidate; {@code thought} marks reasoning. */
  record Part(String text, boolean thought) {}

  /**
   * What one {@code GenerateContentResponse} carries.
   *
   * @param finishReason the raw {@code finishReason}, or the prompt's {@code blockReason}, empty
   *     when none
   */
  record Chunk(List<Part> parts, String finishReason, boolean blocked, Usage usage) {}

  /**
   * The request body: system messages become {@code systemInstruction}, assistant messages role
   * {@code model}, all others (user, tool) role {@code user}.
   */
  static ObjectNode requestBody(ChatRequest request) {
    ObjectNode body = Json.object();
    ArrayNode contents = body.putArray("contents");
    ArrayNode system = null;
    for (Message message : request.messages()) {
      switch (message.role()) {
        case SYSTEM -> {
          if (system == null) {
            system = body.putObject("systemInstruction").putArray("parts");
          }
          system.addObject().put("text", message.content());
        }
        case ASSISTANT -> addContent(contents, "model", message.content());
        case USER, TOOL -> addContent(contents, "user", message.content());
      }
    }
    ObjectNode config = generationConfig(request.sampling());
    if (!config.isEmpty()) {
      body.set("generationConfig", config);
    }
    return body;
  }

  /** The countTokens body, in its {@code generateContentRequest} form (keeps the system text). */
  static ObjectNode countTokensBody(ChatRequest request) {
    ObjectNode inner = requestBody(request);
    inner.remove("generationConfig");
    inner.put("model", "models/" + request.model());
    ObjectNode body = Json.object();
    body.set("generateContentRequest", inner);
    return body;
  }

  private static void addContent(ArrayNode contents, String role, String text) {
    ObjectNode content = contents.addObject().put("role", role);
    content.putArray("parts").addObject().put("text", text);
  }

  private static ObjectNode generationConfig(SamplingParams sampling) {
    ObjectNode config = Json.object();
    sampling.temperature().ifPresent(v -> config.put("temperature", v));
    sampling.topP().ifPresent(v -> config.put("topP", v));
    sampling.maxTokens().ifPresent(v -> config.put("maxOutputTokens", v));
    sampling.seed().ifPresent(v -> config.put("seed", v));
    if (!sampling.stop().isEmpty()) {
      ArrayNode stop = config.putArray("stopSequences");
      sampling.stop().forEach(stop::add);
    }
    return config;
  }

  static Chunk chunk(JsonNode root) {
    JsonNode candidate = root.path("candidates").path(0);
    List<Part> parts = new ArrayList<>();
    for (JsonNode part : candidate.path("content").path("parts")) {
      String text = Json.text(part, "text");
      if (!text.isEmpty()) {
        parts.add(new Part(text, part.path("thought").asBoolean(false)));
      }
    }
    String finish = Json.text(candidate, "finishReason");
    String block = Json.text(root.path("promptFeedback"), "blockReason");
    boolean blocked = finish.isEmpty() && !block.isEmpty();
    return new Chunk(List.copyOf(parts), blocked ? block : finish, blocked, usage(root));
  }

  /** {@code usageMetadata} as usage: output is candidates plus thoughts (DESIGN §3). */
  static Usage usage(JsonNode root) {
    JsonNode meta = root.get("usageMetadata");
    if (meta == null || !meta.isObject()) {
      return Usage.none();
    }
    int prompt = Math.max(0, meta.path("promptTokenCount").asInt(0));
    int candidates = Math.max(0, meta.path("candidatesTokenCount").asInt(0));
    int thoughts = Math.max(0, meta.path("thoughtsTokenCount").asInt(0));
    return Usage.server(prompt, candidates + thoughts, thoughts);
  }

  /** The error object of a body ({@code {"error": {...}}}, possibly inside a one-element array). */
  static JsonNode errorObject(JsonNode root) {
    JsonNode node = root.isArray() ? root.path(0) : root;
    JsonNode error = node.get("error");
    return error != null && error.isObject() ? error : null;
  }

  /**
   * Maps an error object; {@code status} is the HTTP status, or 200 for an error event inside a
   * stream (then the error's own {@code code} classifies it).
   */
  static ProviderError error(int status, ResponseHeaders headers, JsonNode error, Clock clock) {
    String message = Json.text(error, "message");
    String statusText = Json.text(error, "status");
    int effective = status;
    if (status / 100 == 2) {
      int code = error.path("code").asInt(500);
      effective = code >= 400 && code <= 599 ? code : 500;
    }
    Duration retry = retryDelay(error);
    if (retry.isZero() && headers != null) {
      retry = ErrorMapping.retryAfter(headers, clock);
    }
    return new ProviderError(ErrorMapping.classify(effective, statusText, message), status,
        message.isEmpty() ? "HTTP " + effective : message, statusText, retry);
  }

  static ProviderError errorResponse(int status, ResponseHeaders headers, byte[] body, Clock clock) {
    JsonNode error = Json.parse(body).map(GeminiWire::errorObject).orElse(null);
    if (error == null && status / 100 == 2) {
      return new ProviderError(ErrorClass.INVALID_RESPONSE, status,
          "expected an event stream, got: " + Json.snippet(body, 200), "", Duration.ZERO);
    }
    if (error == null) {
      String snippet = Json.snippet(body, 300);
      ErrorClass errorClass = ErrorMapping.classify(status, "", snippet);
      return new ProviderError(errorClass, status,
          "HTTP " + status + (snippet.isEmpty() ? "" : ": " + snippet), "",
          ErrorMapping.retryAfter(headers, clock));
    }
    return error(status, headers, error, clock);
  }

  private static Duration retryDelay(JsonNode error) {
    for (JsonNode detail : error.path("details")) {
      if (RETRY_INFO.equals(Json.text(detail, "@type"))) {
        return ErrorMapping.parseProtoDuration(Json.text(detail, "retryDelay"));
      }
    }
    return Duration.ZERO;
  }
}
