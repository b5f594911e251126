package dev.versus.metrics;

import dev.versus.core.Usage;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Token counts of one request from both counters: the server's {@code usage} (zero when it sent
 * none) and the client's tokenizer (cl100k_base over the text sent and received). {@code source}
 * says which one {@link #outputTokens()} and {@link #promptTokens()} use: {@code SERVER} when the
 * server reported usage, {@code CLIENT_COUNT} otherwise.
 */
public record TokenCounts(
    int serverPromptTokens,
    int serverOutputTokens,
    int serverReasoningTokens,
    int clientPromptTokens,
    int clientOutputTokens,
    int clientReasoningTokens,
    Usage.Source source) {

  public TokenCounts {
    Objects.requireNonNull(source, "source");
    if (source == Usage.Source.NONE) {
      throw new IllegalArgumentException("source must be SERVER or CLIENT_COUNT");
    }
    if (Math.min(Math.min(serverPromptTokens, serverOutputTokens), serverReasoningTokens) < 0
        || Math.min(Math.min(clientPromptTokens, clientOutputTokens), clientReasoningTokens) < 0) {
      throw new IllegalArgumentException("token counts must not be negative");
    }
  }

  /** Output tokens (reasoning included) from the chosen source. */
  public int outputTokens() {
    return source == Usage.Source.SERVER ? serverOutputTokens : clientOutputTokens;
  }

  /** Prompt tokens from the chosen source. */
  public int promptTokens() {
    return source == Usage.Source.SERVER ? serverPromptTokens : clientPromptTokens;
  }

  /** Reasoning tokens from the chosen source. */
  public int reasoningTokens() {
    return source == Usage.Source.SERVER ? serverReasoningTokens : clientReasoningTokens;
  }

  /** Server output tokens − client output tokens, when the server reported usage. */
  public OptionalLong outputDiscrepancy() {
    return source == Usage.Source.SERVER
        ? OptionalLong.of((long) serverOutputTokens - clientOutputTokens)
        : OptionalLong.empty();
  }
}
