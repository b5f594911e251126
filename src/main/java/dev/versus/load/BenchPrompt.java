package dev.versus.load;

import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import java.util.List;
import java.util.Objects;

/**
 * One prompt of a workload, ready to send.
 *
 * @param messages the conversation to send
 * @param promptTokens the messages' token count by the client tokenizer (cl100k_base), content only
 *     (the server's chat template adds a few more)
 * @param sampling generation settings; synthetic workloads set {@code maxTokens} to the sampled
 *     output length and {@code ignoreEos}
 */
public record BenchPrompt(List<Message> messages, int promptTokens, SamplingParams sampling) {
  public BenchPrompt {
    messages = List.copyOf(messages);
    Objects.requireNonNull(sampling, "sampling");
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a prompt needs at least one message");
    }
    if (promptTokens < 0) {
      throw new IllegalArgumentException("promptTokens must not be negative");
    }
  }

  /** The request for {@code model}. */
  public ChatRequest toRequest(String model) {
    return new ChatRequest(model, messages, sampling);
  }
}
