package dev.versus.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What of a prompt and a response goes into the log, per the logging modes ({@code full}, {@code
 * redacted}, {@code off}). A prompt is logged as an OpenAI request body; a response as its text.
 */
final class LogContent {
  private final String promptMode;
  private final String responseMode;
  private final UnaryOperator<String> redactor;

  LogContent(String promptMode, String responseMode, UnaryOperator<String> redactor) {
    this.promptMode = promptMode;
    this.responseMode = responseMode;
    this.redactor = redactor;
  }

  /** Whether either side is logged in redacted form. */
  boolean redacts() {
    return promptMode.equals("redacted") || responseMode.equals("redacted");
  }

  /**
   * The prompt as an OpenAI request body ({@code {"messages": [...], "max_tokens": ...}}), the
   * form {@code versus replay} reads back with its sampling settings.
   */
  String prompt(List<Message> messages, SamplingParams sampling) {
    if (promptMode.equals("off")) {
      return "";
    }
    ObjectNode root = OpenAiBodies.object();
    ArrayNode array = root.putArray("messages");
    for (Message m : messages) {
      ObjectNode node = array.addObject();
      node.put("role", m.role().wireName());
      node.put("content", promptMode.equals("redacted") ? redactor.apply(m.content()) : m.content());
    }
    sampling.maxTokens().ifPresent(v -> root.put("max_tokens", v));
    sampling.temperature().ifPresent(v -> root.put("temperature", v));
    sampling.topP().ifPresent(v -> root.put("top_p", v));
    sampling.seed().ifPresent(v -> root.put("seed", v));
    if (!sampling.stop().isEmpty()) {
      sampling.stop().forEach(root.putArray("stop")::add);
    }
    return root.toString();
  }

  /** The prompt of a request whose body could not be parsed: its raw text, when logged at all. */
  String rawPrompt(byte[] body) {
    if (promptMode.equals("off")) {
      return "";
    }
    String text = new String(body, 0, Math.min(body.length, 64 << 10), StandardCharsets.UTF_8);
    return promptMode.equals("redacted") ? redactor.apply(text) : text;
  }

  String response(String text) {
    return switch (responseMode) {
      case "off" -> "";
      case "redacted" -> redactor.apply(text);
      default -> text;
    };
  }
}
