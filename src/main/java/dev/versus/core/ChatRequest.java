package dev.versus.core;

import java.util.List;
import java.util.Objects;

/**
 * A chat completion request, independent of the wire format that carries it.
 *
 * @param model the model name as the endpoint knows it (e.g. {@code gemini-2.5-flash})
 * @param messages the conversation, at least one message
 * @param sampling generation settings
 */
public record ChatRequest(String model, List<Message> messages, SamplingParams sampling) {
  public ChatRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(sampling, "sampling");
    messages = List.copyOf(messages);
    if (model.isBlank()) {
      throw new IllegalArgumentException("model must not be blank");
    }
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a chat request needs at least one message");
    }
  }

  /** A single user message with default sampling. */
  public static ChatRequest of(String model, String userText) {
    return new ChatRequest(model, List.of(Message.user(userText)), SamplingParams.defaults());
  }

  public ChatRequest withSampling(SamplingParams value) {
    return new ChatRequest(model, messages, value);
  }

  public ChatRequest withModel(String value) {
    return new ChatRequest(value, messages, sampling);
  }
}
