package dev.versus.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.Message;
import dev.versus.core.Role;
import dev.versus.core.SamplingParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses Gemini {@code generateContent} and {@code countTokens} bodies: {@code contents} with roles
 * {@code user}/{@code model}, {@code systemInstruction}, and {@code generationConfig}. Like the
 * real API it accepts both camelCase and snake_case field names.
 */
final class GeminiRequests {
  private GeminiRequests() {}

  static Checked<GenerationRequest> parse(ObjectNode body, String model, boolean stream) {
    try {
      List<Message> messages = messages(body);
      SamplingParams sampling = sampling(body);
      return Checked.valid(
          new GenerationRequest(model, messages, sampling, WireFormat.GEMINI, stream));
    } catch (InvalidRequest e) {
      return Checked.invalid(e.error());
    }
  }

  /** The messages of a countTokens body: its own contents or a nested generateContentRequest. */
  static Checked<List<Message>> countable(ObjectNode body) {
    try {
      Optional<ObjectNode> nested =
          JsonFields.find(body, "generateContentRequest", "generate_content_request")
              .map(node -> JsonFields.object(node, "generateContentRequest"));
      return Checked.valid(messages(nested.orElse(body)));
    } catch (InvalidRequest e) {
      return Checked.invalid(e.error());
    }
  }

  private static List<Message> messages(ObjectNode body) {
    List<Message> out = new ArrayList<>();
    var system = JsonFields.find(body, "systemInstruction", "system_instruction");
    if (system.isPresent()) {
      ObjectNode instruction = JsonFields.object(system.get(), "systemInstruction");
      out.add(Message.system(text(instruction, "systemInstruction")));
    }
    ArrayNode contents =
        JsonFields.array(JsonFields.require(body, "contents", "contents"), "contents");
    if (contents.isEmpty()) {
      throw JsonFields.invalidValue("contents", "contents must not be empty.");
    }
    for (int i = 0; i < contents.size(); i++) {
      String path = "contents[" + i + "]";
      ObjectNode content = JsonFields.object(contents.get(i), path);
      String role = JsonFields.string(content, path + ".role", "role").orElse("user");
      Role mapped =
          switch (role) {
            case "user" -> Role.USER;
            case "model" -> Role.ASSISTANT;
            default ->
                throw JsonFields.invalidValue(
                    path + ".role",
                    "Please use a valid role: user, model. Got '"
                        + role
                        + "' at "
                        + path
                        + ".role.");
          };
      out.add(new Message(mapped, text(content, path)));
    }
    return out;
  }

  /** The joined text of a Content's parts; non-text parts are ignored. */
  private static String text(ObjectNode content, String path) {
    ArrayNode parts =
        JsonFields.array(JsonFields.require(content, path + ".parts", "parts"), path + ".parts");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String partPath = path + ".parts[" + i + "]";
      ObjectNode part = JsonFields.object(parts.get(i), partPath);
      JsonFields.string(part, partPath + ".text", "text").ifPresent(text::append);
    }
    return text.toString();
  }

  private static SamplingParams sampling(ObjectNode body) {
    var found = JsonFields.find(body, "generationConfig", "generation_config");
    if (found.isEmpty()) {
      return SamplingParams.defaults();
    }
    String p = "generationConfig.";
    ObjectNode config = JsonFields.object(found.get(), "generationConfig");
    JsonFields.integer(config, p + "candidateCount", 1, "candidateCount", "candidate_count")
        .ifPresent(
            n -> {
              if (n != 1) {
                throw JsonFields.invalidValue(
                    p + "candidateCount",
                    "The simulator generates one candidate; candidateCount must be 1.");
              }
            });
    return new SamplingParams(
        JsonFields.number(config, p + "temperature", 0, false, 2, "temperature"),
        JsonFields.number(config, p + "topP", 0, true, 1, "topP", "top_p"),
        JsonFields.integer(
            config, p + "maxOutputTokens", 1, "maxOutputTokens", "max_output_tokens"),
        JsonFields.longInteger(config, p + "seed", "seed"),
        JsonFields.stringOrStrings(config, p + "stopSequences", "stopSequences", "stop_sequences"),
        false);
  }
}
