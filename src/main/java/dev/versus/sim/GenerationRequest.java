package dev.versus.sim;

import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import java.util.List;
import java.util.Objects;

/**
 * One generation request as the engine sees it, already parsed from its wire format. A raw
 * {@code /v1/completions} prompt arrives as a single user message.
 *
 * @param model the model name the client asked for
 * @param messages the conversation, at least one message
 * @param sampling generation settings ({@code maxTokens} empty means the profile's default)
 * @param format the wire format the request came in
 * @param stream whether the client asked for a stream
 */
public record GenerationRequest(
    String model, List<Message> messages, SamplingParams sampling, WireFormat format, boolean stream) {
  public GenerationRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(format, "format");
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("messages must not be empty");
    }
  }
}
