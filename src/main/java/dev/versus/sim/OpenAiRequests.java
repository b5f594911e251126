package dev.versus.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.Message;
import dev.versus.core.Role;
import dev.versus.core.SamplingParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Parses OpenAI {@code /v1/chat/completions} and {@code /v1/completions} bodies into a {@link
 * GenerationRequest}, with OpenAI's validation: unknown fields are ignored, known ones are typed.
 */
final class OpenAiRequests {
  private OpenAiRequests() {}

  /**
   * A parsed OpenAI call.
   *
   * @param request what the engine gets
   * @param includeUsage whether a streamed answer ends with a usage chunk
   * @param chat {@code true} for chat completions, {@code false} for raw-prompt completions
   */
  record Call(GenerationRequest request, boolean includeUsage, boolean chat) {
    Call {
      Objects.requireNonNull(request, "request");
    }
  }

  static Checked<Call> parse(ObjectNode body, boolean chat) {
    try {
      String model = JsonFields.asString(JsonFields.require(body, "model", "model"), "model");
      List<Message> messages = chat ? messages(body) : prompt(body);
      boolean stream = JsonFields.bool(body, "stream", false, "stream");
      boolean includeUsage = false;
      var options = JsonFields.find(body, "stream_options");
      if (options.isPresent()) {
        if (!stream) {
          throw JsonFields.invalidValue(
              "stream_options",
              "The 'stream_options' parameter is only allowed when 'stream' is true.");
        }
        ObjectNode opts = JsonFields.object(options.get(), "stream_options");
        includeUsage =
            JsonFields.bool(opts, "stream_options.include_usage", false, "include_usage");
      }
      var request =
          new GenerationRequest(model, messages, sampling(body), WireFormat.OPENAI, stream);
      return Checked.valid(new Call(request, includeUsage, chat));
    } catch (InvalidRequest e) {
      return Checked.invalid(e.error());
    }
  }

  private static SamplingParams sampling(ObjectNode body) {
    OptionalInt maxTokens = JsonFields.integer(body, "max_tokens", 1, "max_tokens");
    OptionalInt maxCompletion =
        JsonFields.integer(body, "max_completion_tokens", 1, "max_completion_tokens");
    OptionalDouble temperature = JsonFields.number(body, "temperature", 0, false, 2, "temperature");
    OptionalDouble topP = JsonFields.number(body, "top_p", 0, true, 1, "top_p");
    SamplingParams params =
        new SamplingParams(
            temperature,
            topP,
            maxCompletion.isPresent() ? maxCompletion : maxTokens,
            JsonFields.longInteger(body, "seed", "seed"),
            JsonFields.stringOrStrings(body, "stop", "stop"),
            JsonFields.bool(body, "ignore_eos", false, "ignore_eos"));
    JsonFields.integer(body, "n", 1, "n")
        .ifPresent(
            n -> {
              if (n != 1) {
                throw JsonFields.invalidValue(
                    "n", "The simulator generates one choice; 'n' must be 1.");
              }
            });
    return params;
  }

  private static List<Message> messages(ObjectNode body) {
    ArrayNode array =
        JsonFields.array(JsonFields.require(body, "messages", "messages"), "messages");
    if (array.isEmpty()) {
      throw JsonFields.invalidValue(
          "messages",
          "Invalid 'messages': empty array. Expected an array with at least one message.");
    }
    List<Message> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String path = "messages[" + i + "]";
      ObjectNode message = JsonFields.object(array.get(i), path);
      String role =
          JsonFields.asString(JsonFields.require(message, path + ".role", "role"), path + ".role");
      out.add(new Message(role(role, path + ".role"), content(message, path + ".content")));
    }
    return out;
  }

  private static Role role(String wire, String path) {
    return switch (wire) {
      case "system", "developer" -> Role.SYSTEM;
      case "user" -> Role.USER;
      case "assistant" -> Role.ASSISTANT;
      case "tool" -> Role.TOOL;
      default ->
          throw JsonFields.invalidValue(
              path,
              "Invalid value for '"
                  + path
                  + "': '"
                  + wire
                  + "'. Supported values are: 'system', 'developer', 'user', 'assistant' and"
                  + " 'tool'.");
    };
  }

  /** A string, or an array of content parts of which the text parts are joined. */
  private static String content(ObjectNode message, String path) {
    var found = JsonFields.find(message, "content");
    if (found.isEmpty()) {
      return "";
    }
    JsonNode content = found.get();
    if (content.isTextual()) {
      return content.textValue();
    }
    ArrayNode parts = JsonFields.array(content, path);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String partPath = path + "[" + i + "]";
      ObjectNode part = JsonFields.object(parts.get(i), partPath);
      String type =
          JsonFields.asString(
              JsonFields.require(part, partPath + ".type", "type"), partPath + ".type");
      if (type.equals("text")) {
        text.append(
            JsonFields.asString(
                JsonFields.require(part, partPath + ".text", "text"), partPath + ".text"));
      }
    }
    return text.toString();
  }

  /** The raw prompt of {@code /v1/completions}: a string, or an array holding one string. */
  private static List<Message> prompt(ObjectNode body) {
    JsonNode prompt = JsonFields.require(body, "prompt", "prompt");
    if (prompt.isTextual()) {
      return List.of(Message.user(prompt.textValue()));
    }
    if (!(prompt instanceof ArrayNode array)) {
      throw JsonFields.wrongType("prompt", "a string or an array of strings", prompt);
    }
    if (array.size() != 1) {
      throw JsonFields.invalidValue(
          "prompt",
          "The simulator takes exactly one prompt; got an array of " + array.size() + ".");
    }
    return List.of(Message.user(JsonFields.asString(array.get(0), "prompt[0]")));
  }
}
