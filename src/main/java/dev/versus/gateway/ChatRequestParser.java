package dev.versus.gateway;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.Role;
import dev.versus.core.SamplingParams;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses an OpenAI {@code POST /chat/completions} body into a {@link ClientRequest}. Every
 * rejection names the field and what was expected. Unknown fields are ignored, as OpenAI-compatible
 * servers do, except the tool-calling ones the gateway cannot translate.
 */
final class ChatRequestParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> UNSUPPORTED = Set.of("tools", "functions", "tool_choice", "n");

  private ChatRequestParser() {}

  /** The outcome of parsing: a request or the error to return. */
  sealed interface Result {
    record Ok(ClientRequest request) implements Result {}

    record Bad(ApiError error) implements Result {}
  }

  static Result parse(byte[] body) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return bad("invalid_encoding", "the request body is not valid UTF-8", "");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      return bad("invalid_json", "the request body is not valid JSON: "
          + e.getOriginalMessage(), "");
    }
    if (root == null || !root.isObject()) {
      return bad("invalid_json", "the request body must be a JSON object", "");
    }
    try {
      return new Result.Ok(request(root));
    } catch (FieldError e) {
      return bad("invalid_value", e.getMessage(), e.field);
    }
  }

  private static ClientRequest request(JsonNode root) {
    for (String field : UNSUPPORTED) {
      JsonNode v = root.get(field);
      if (v != null && !v.isNull() && !(field.equals("n") && v.isInt() && v.asInt() == 1)) {
        throw new FieldError(field, "'" + field + "' is not supported by this gateway");
      }
    }
    String model = string(root, "model", true);
    JsonNode messages = root.get("messages");
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      throw new FieldError("messages", "'messages' must be a non-empty array of {role, content}");
    }
    List<Message> parsed = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      parsed.add(message(messages.get(i), "messages[" + i + "]"));
    }
    SamplingParams sampling = SamplingParams.defaults();
    if (present(root, "temperature")) {
      double t = number(root, "temperature");
      if (t < 0 || t > 2) {
        throw new FieldError("temperature", "'temperature' must be between 0 and 2, got " + t);
      }
      sampling = sampling.withTemperature(t);
    }
    if (present(root, "top_p")) {
      double p = number(root, "top_p");
      if (!(p > 0 && p <= 1)) {
        throw new FieldError("top_p", "'top_p' must be in (0, 1], got " + p);
      }
      sampling = sampling.withTopP(p);
    }
    String maxField = present(root, "max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
    if (present(root, maxField)) {
      JsonNode v = root.get(maxField);
      if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
        throw new FieldError(maxField, "'" + maxField + "' must be a whole number of 1 or more");
      }
      sampling = sampling.withMaxTokens(v.asInt());
    }
    if (present(root, "seed")) {
      JsonNode v = root.get("seed");
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        throw new FieldError("seed", "'seed' must be a whole number");
      }
      sampling = sampling.withSeed(v.asLong());
    }
    if (present(root, "stop")) {
      sampling = sampling.withStop(stop(root.get("stop")));
    }
    boolean stream = false;
    if (present(root, "stream")) {
      if (!root.get("stream").isBoolean()) {
        throw new FieldError("stream", "'stream' must be true or false");
      }
      stream = root.get("stream").asBoolean();
    }
    boolean includeUsage = false;
    JsonNode options = root.get("stream_options");
    if (options != null && !options.isNull()) {
      if (!options.isObject()) {
        throw new FieldError("stream_options", "'stream_options' must be an object");
      }
      JsonNode include = options.get("include_usage");
      if (include != null && !include.isNull() && !include.isBoolean()) {
        throw new FieldError("stream_options.include_usage", "'include_usage' must be true or false");
      }
      includeUsage = include != null && include.asBoolean();
    }
    String user = present(root, "user") ? string(root, "user", false) : "";
    return new ClientRequest(new ChatRequest(model, parsed, sampling), stream, includeUsage, user);
  }

  private static Message message(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new FieldError(path, "'" + path + "' must be an object {role, content}");
    }
    Role role;
    try {
      role = Role.fromWire(string(node, "role", true, path + ".role"));
    } catch (IllegalArgumentException e) {
      throw new FieldError(path + ".role", e.getMessage());
    }
    JsonNode content = node.get("content");
    String text;
    if (content == null || content.isNull()) {
      text = "";
    } else if (content.isTextual()) {
      text = content.asText();
    } else if (content.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < content.size(); i++) {
        JsonNode part = content.get(i);
        if (!part.isObject() || !"text".equals(part.path("type").asText())
            || !part.path("text").isTextual()) {
          throw new FieldError(path + ".content[" + i + "]",
              "only text parts {type: text, text: ...} are supported");
        }
        joined.append(part.get("text").asText());
      }
      text = joined.toString();
    } else {
      throw new FieldError(path + ".content", "'content' must be a string or an array of text parts");
    }
    return new Message(role, text);
  }

  private static List<String> stop(JsonNode v) {
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    if (v.isArray() && v.size() <= 4) {
      List<String> stops = new ArrayList<>();
      for (JsonNode s : v) {
        if (!s.isTextual()) {
          throw new FieldError("stop", "'stop' must be a string or an array of up to 4 strings");
        }
        stops.add(s.asText());
      }
      return stops;
    }
    throw new FieldError("stop", "'stop' must be a string or an array of up to 4 strings");
  }

  private static boolean present(JsonNode root, String field) {
    JsonNode v = root.get(field);
    return v != null && !v.isNull();
  }

  private static double number(JsonNode root, String field) {
    JsonNode v = root.get(field);
    if (!v.isNumber()) {
      throw new FieldError(field, "'" + field + "' must be a number, got " + v.getNodeType());
    }
    return v.asDouble();
  }

  private static String string(JsonNode root, String field, boolean required) {
    return string(root, field, required, field);
  }

  private static String string(JsonNode root, String field, boolean required, String path) {
    JsonNode v = root.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new FieldError(path, "'" + path + "' is required");
      }
      return "";
    }
    if (!v.isTextual()) {
      throw new FieldError(path, "'" + path + "' must be a string, got " + v.getNodeType());
    }
    if (required && v.asText().isBlank()) {
      throw new FieldError(path, "'" + path + "' must not be empty");
    }
    return v.asText();
  }

  private static Result bad(String code, String message, String param) {
    return new Result.Bad(ApiError.invalid(code, message, param));
  }

  /** A field that does not fit; caught inside this class only. */
  private static final class FieldError extends RuntimeException {
    private final String field;

    FieldError(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }
}
