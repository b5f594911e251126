package dev.versus.metrics;

import java.util.Objects;

/**
 * What the sender knows about a request before sending it.
 *
 * @param index position in the run's schedule
 * @param model the model key
 * @param level the load level label
 * @param shard the sending shard, 0 when unsharded
 * @param clientPromptTokens the prompt's token count by the client tokenizer
 * @param intendedSendNanos when the schedule meant to send it
 */
public record RequestMeta(
    long index,
    String model,
    String level,
    int shard,
    int clientPromptTokens,
    long intendedSendNanos) {
  public RequestMeta {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(level, "level");
    if (clientPromptTokens < 0) {
      throw new IllegalArgumentException("clientPromptTokens must not be negative");
    }
  }
}
