package dev.versus.provider.openai;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.Message;
import dev.versus.core.ProviderError;
import dev.versus.core.SamplingParams;
import dev.versus.core.Usage;
import dev.versus.provider.ErrorMapping;
import dev.versus.provider.Json;
import dev.versus.provider.ResponseHeaders;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** The OpenAI wire format: request bodies, usage and error objects. */
final class OpenAiWire {
  private OpenAiWire() {}

  /** The body of a chat completion request, in the field order OpenAI documents. */
  static byte[] chatBody(ChatRequest request, boolean stream) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeStringField("model", request.model());
      g.writeArrayFieldStart("messages");
      for (Message message : request.messages()) {
        g.writeStartObject();
        g.writeStringField("role", message.role().wireName());
        g.writeStringField("content", message.content());
        g.writeEndObject();
      }
      g.writeEndArray();
      finish(g, request.sampling(), stream);
      g.writeEndObject();
    });
  }

  /** The body of a legacy text completion request. */
  static byte[] completionBody(String model, String prompt, SamplingParams sampling, boolean stream) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeStringField("model", model);
      g.writeStringField("prompt", prompt);
      finish(g, sampling, stream);
      g.writeEndObject();
    });
  }

  private static void finish(JsonGenerator g, SamplingParams sampling, boolean stream)
      throws IOException {
    g.writeBooleanField("stream", stream);
    if (stream) {
      g.writeObjectFieldStart("stream_options");
      g.writeBooleanField("include_usage", true);
      g.writeEndObject();
    }
    if (sampling.temperature().isPresent()) {
      g.writeNumberField("temperature", sampling.temperature().getAsDouble());
    }
    if (sampling.topP().isPresent()) {
      g.writeNumberField("top_p", sampling.topP().getAsDouble());
    }
    if (sampling.maxTokens().isPresent()) {
      g.writeNumberField("max_tokens", sampling.maxTokens().getAsInt());
    }
    if (sampling.seed().isPresent()) {
      g.writeNumberField("seed", sampling.seed().getAsLong());
    }
    if (!sampling.stop().isEmpty()) {
      g.writeArrayFieldStart("stop");
      for (String stop : sampling.stop()) {
        g.writeString(stop);
      }
      g.writeEndArray();
    }
    if (sampling.ignoreEos()) {
      g.writeBooleanField("ignore_eos", true);
    }
  }

  /** The usage object of a response or chunk; none when absent or null. */
  static Usage usage(JsonNode root) {
    JsonNode usage = root.get("usage");
    if (usage == null || !usage.isObject()) {
      return Usage.none();
    }
    int prompt = Math.max(0, usage.path("prompt_tokens").asInt(0));
    int output = Math.max(0, usage.path("completion_tokens").asInt(0));
    int reasoning = Math.max(0,
        usage.path("completion_tokens_details").path("reasoning_tokens").asInt(0));
    return Usage.server(prompt, output, Math.min(reasoning, output));
  }

  /**
   * The error object of a body, if it has one: {@code {"error": {...}}}, {@code {"error": "text"}}
   * (Ollama), or a top-level {@code {"object": "error", ...}} (older vLLM).
   */
  static JsonNode errorObject(JsonNode root) {
    JsonNode error = root.get("error");
    if (error != null && (error.isObject() || error.isTextual())) {
      return error;
    }
    if ("error".equals(Json.text(root, "object"))) {
      return root;
    }
    return null;
  }

  /**
   * Maps an error object; {@code code} is the provider's code (string or vLLM's integer), or its
   * {@code type} when the code is null. {@code status} is the HTTP status; for an error inside a 200 stream pass
   * 200 and the status is taken from an integer {@code code} (vLLM), else treated as a 500.
   */
  static ProviderError error(int status, ResponseHeaders headers, JsonNode error, Clock clock) {
    String message;
    String code;
    String type = "";
    if (error.isTextual()) {
      message = error.asText();
      code = "";
    } else {
      message = Json.text(error, "message");
      type = Json.text(error, "type");
      code = Json.text(error, "code");
      if (code.isEmpty()) {
        code = type;
      }
    }
    int effective = status;
    if (status / 100 == 2) {
      JsonNode codeNode = error.path("code");
      effective = codeNode.canConvertToInt() && codeNode.asInt() >= 400 && codeNode.asInt() <= 599
          ? codeNode.asInt() : 500;
    }
    // the type joins the message: vLLM names crashes there (EngineDeadError) and codes by status
    ErrorClass errorClass = ErrorMapping.classify(effective, code, message + " " + type);
    Duration retry = headers == null ? Duration.ZERO : ErrorMapping.retryAfter(headers, clock);
    return new ProviderError(errorClass, status, message.isEmpty() ? "HTTP " + status : message,
        code, retry);
  }

  /** Maps a non-2xx response body; a body that is not JSON is classified by status alone. */
  static ProviderError errorResponse(int status, ResponseHeaders headers, byte[] body, Clock clock) {
    JsonNode error = Json.parse(body).map(OpenAiWire::errorObject).orElse(null);
    if (error == null && status / 100 == 2) {
      return new ProviderError(ErrorClass.INVALID_RESPONSE, status,
          "expected an event stream, got: " + Json.snippet(body, 200), "", Duration.ZERO);
    }
    if (error == null) {
      String snippet = Json.snippet(body, 300);
      return new ProviderError(
          ErrorMapping.classify(status, "", snippet), status,
          "HTTP " + status + (snippet.isEmpty() ? "" : ": " + snippet), "",
          ErrorMapping.retryAfter(headers, clock));
    }
    return error(status, headers, error, clock);
  }
}
