package dev.versus.gateway;

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
    boolean redact = promptMode.equals("redacted");
    return JsonWriter.text(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("messages");
      for (Message m : messages) {
        g.writeStartObject();
        g.writeStringField("role", m.role().wireName());
        g.writeStringField("content", redact ? redactor.apply(m.content()) : m.content());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (sampling.maxTokens().isPresent()) {
        g.writeNumberField("max_tokens", sampling.maxTokens().getAsInt());
      }
      if (sampling.temperature().isPresent()) {
        g.writeNumberField("temperature", sampling.temperature().getAsDouble());
      }
      if (sampling.topP().isPresent()) {
        g.writeNumberField("top_p", sampling.topP().getAsDouble());
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
      g.writeEndObject();
    });
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
