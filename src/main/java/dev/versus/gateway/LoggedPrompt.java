package dev.versus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.Message;
import dev.versus.core.Role;
import dev.versus.core.SamplingParams;
import dev.versus.provider.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A logged prompt turned back into a request for {@code versus replay}. Accepted forms: the
 * OpenAI request body ({@code {"messages": [...], "max_tokens": ...}}, sampling settings kept),
 * a bare messages array ({@code [{"role": "user", "content": "..."}]}, content a string or a list
 * of {@code {"type": "text", "text": ...}} parts), a Gemini body ({@code {"contents": [...]}}),
 * or plain text (one user message).
 *
 * @param messages the conversation to send
 * @param sampling the logged request's sampling settings, defaults when none were logged
 */
record LoggedPrompt(List<Message> messages, SamplingParams sampling) {
  LoggedPrompt {
    messages = List.copyOf(messages);
  }

  /** The request in {@code prompt}, or empty when it is blank or JSON that holds no messages. */
  static Optional<LoggedPrompt> parse(String prompt) {
    if (prompt.isBlank()) {
      return Optional.empty();
    }
    String text = prompt.strip();
    if (!text.startsWith("{") && !text.startsWith("[")) {
      return Optional.of(new LoggedPrompt(List.of(Message.user(prompt)), SamplingParams.defaults()));
    }
    Optional<JsonNode> json = Json.parse(text);
    if (json.isEmpty()) {
      return Optional.of(new LoggedPrompt(List.of(Message.user(prompt)), SamplingParams.defaults()));
    }
    JsonNode node = json.get();
    try {
      if (node.isArray()) {
        return messages(node).map(m -> new LoggedPrompt(m, SamplingParams.defaults()));
      }
      if (node.has("messages")) {
        return messages(node.get("messages")).map(m -> new LoggedPrompt(m, sampling(node)));
      }
      if (node.has("contents")) {
        return gemini(node.get("contents")).map(m -> new LoggedPrompt(m, SamplingParams.defaults()));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<List<Message>> messages(JsonNode array) {
    if (!array.isArray() || array.isEmpty()) {
      return Optional.empty();
    }
    List<Message> out = new ArrayList<>();
    for (JsonNode m : array) {
      String role = Json.text(m, "role").toLowerCase(Locale.ROOT);
      Role parsed = role.equals("developer") ? Role.SYSTEM : Role.fromWire(role);
      out.add(new Message(parsed, content(m.get("content"))));
    }
    return Optional.of(out);
  }

  private static Optional<List<Message>> gemini(JsonNode contents) {
    if (!contents.isArray() || contents.isEmpty()) {
      return Optional.empty();
    }
    List<Message> out = new ArrayList<>();
    for (JsonNode c : contents) {
      Role role = "model".equals(Json.text(c, "role")) ? Role.ASSISTANT : Role.USER;
      out.add(new Message(role, content(c.get("parts"))));
    }
    return Optional.of(out);
  }

  private static String content(JsonNode content) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isTextual()) {
      return content.asText();
    }
    StringBuilder sb = new StringBuilder();
    if (content.isArray()) {
      for (JsonNode part : content) {
        sb.append(Json.text(part, "text"));
      }
    }
    return sb.toString();
  }

  private static SamplingParams sampling(JsonNode body) {
    SamplingParams s = SamplingParams.defaults();
    JsonNode max = body.has("max_completion_tokens")
        ? body.get("max_completion_tokens") : body.get("max_tokens");
    if (max != null && max.canConvertToInt() && max.asInt() >= 1) {
      s = s.withMaxTokens(max.asInt());
    }
    if (body.path("temperature").isNumber()) {
      s = s.withTemperature(body.get("temperature").asDouble());
    }
    if (body.path("top_p").isNumber()) {
      s = s.withTopP(body.get("top_p").asDouble());
    }
    if (body.path("seed").canConvertToLong()) {
      s = s.withSeed(body.get("seed").asLong());
    }
    return s;
  }
}
