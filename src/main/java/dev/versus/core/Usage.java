package dev.versus.core;

import java.util.Objects;

/**
 * Token counts of one call.
 *
 * <p>{@code outputTokens} is every billed output token, reasoning included: OpenAI's
 * {@code completion_tokens}, Gemini's {@code candidatesTokenCount + thoughtsTokenCount}.
 * {@code reasoningTokens} is the part of it spent thinking (Gemini's {@code thoughtsTokenCount},
 * OpenAI's {@code completion_tokens_details.reasoning_tokens}).
 *
 * @param source who counted: the server, the client's tokenizer, or nobody
 */
public record Usage(int promptTokens, int outputTokens, int reasoningTokens, Source source) {

  /** Who produced the counts. Reports label client counts as such (DESIGN §5). */
  public enum Source {
    SERVER,
    CLIENT_COUNT,
    NONE
  }

  private static final Usage NONE = new Usage(0, 0, 0, Source.NONE);

  public Usage {
    Objects.requireNonNull(source, "source");
    if (promptTokens < 0 || outputTokens < 0 || reasoningTokens < 0) {
      throw new IllegalArgumentException("token counts must not be negative");
    }
    if (reasoningTokens > outputTokens) {
      throw new IllegalArgumentException(
          "reasoningTokens (" + reasoningTokens + ") exceed outputTokens (" + outputTokens + ")");
    }
  }

  /** Counts reported by the server. */
  public static Usage server(int promptTokens, int outputTokens, int reasoningTokens) {
    return new Usage(promptTokens, outputTokens, reasoningTokens, Source.SERVER);
  }

  /** No counts at all (the server sent none and nobody counted). */
  public static Usage none() {
    return NONE;
  }

  public boolean present() {
    return source != Source.NONE;
  }

  public int totalTokens() {
    return promptTokens + outputTokens;
  }
}
