package dev.versus.sim;

import java.time.Duration;
import java.util.Locale;

/**
 * The wording of each refusal, like the simulated provider's: OpenAI's API, a vLLM server, or the
 * Gemini API. The HTTP layer wraps the message in the format's error body.
 */
final class FaultMessages {
  private FaultMessages() {}

  /** Prompt plus completion exceed an OpenAI-style context window (OpenAI and vLLM agree here). */
  static String contextLength(int window, int promptTokens, int completionTokens) {
    return String.format(
        Locale.ROOT,
        "This model's maximum context length is %d tokens. However, you requested %d tokens"
            + " (%d in the messages, %d in the completion). Please reduce the length of the"
            + " messages or completion.",
        window,
        promptTokens + completionTokens,
        promptTokens,
        completionTokens);
  }

  /** The prompt alone exceeds Gemini's input limit. */
  static String geminiInputTooLong(int promptTokens, int window) {
    return String.format(
        Locale.ROOT,
        "The input token count (%d) exceeds the maximum number of tokens allowed (%d).",
        promptTokens,
        window);
  }

  /** The requested output limit exceeds the model's. */
  static String maxTokensTooLarge(WireFormat format, int requested, int limit) {
    return switch (format) {
      case OPENAI ->
          String.format(
              Locale.ROOT,
              "max_tokens is too large: %d. This model supports at most %d completion tokens,"
                  + " whereas you provided %d.",
              requested,
              limit,
              requested);
      case GEMINI ->
          String.format(
              Locale.ROOT,
              "The value of maxOutputTokens (%d) is out of range: the supported range is 1 to %d.",
              requested,
              limit);
    };
  }

  /** The request can never fit the KV cache (vLLM-style "KV cache overflow"). */
  static String kvCacheOverflow(int promptTokens, int maxTokens, long kvCacheTokens) {
    return String.format(
        Locale.ROOT,
        "KV cache overflow: the request needs %d tokens of KV cache (%d prompt + %d max output)"
            + " but the cache holds only %d tokens. Reduce the prompt or max_tokens, or serve the"
            + " model with a larger KV cache.",
        promptTokens + maxTokens,
        promptTokens,
        maxTokens,
        kvCacheTokens);
  }

  /** A quota over the last minute is spent. */
  static String rateLimited(
      WireFormat format, String model, String what, long limit, long used, Duration retryAfter) {
    double seconds = retryAfter.toMillis() / 1000.0;
    return switch (format) {
      case OPENAI ->
          String.format(
              Locale.ROOT,
              "Rate limit reached for %s on %s per min: Limit %d, Used %d. Please try again in"
                  + " %.3fs.",
              model,
              what,
              limit,
              used,
              seconds);
      case GEMINI ->
          String.format(
              Locale.ROOT,
              "Resource has been exhausted: quota of %d %s per minute for %s is spent. Please retry"
                  + " in %.3fs.",
              limit,
              what,
              model,
              seconds);
    };
  }

  /** The server is down after a crash. */
  static String recovering(WireFormat format, Duration retryAfter) {
    return switch (format) {
      case OPENAI ->
          String.format(
              Locale.ROOT,
              "The server is temporarily unavailable while it recovers from a crash; retry in"
                  + " %d s.",
              Math.max(1, retryAfter.toSeconds()));
      case GEMINI -> "The model is overloaded. Please try again later.";
    };
  }

  /** A randomly injected internal error. */
  static String internal(WireFormat format) {
    return switch (format) {
      case OPENAI -> "The server had an error while processing your request.";
      case GEMINI -> "Internal error encountered.";
    };
  }

  /** The engine was shut down under a running generation. */
  static String shutDown() {
    return "The server is shutting down.";
  }

  /** A generation the client cancelled. */
  static String cancelled() {
    return "The generation was cancelled by the client.";
  }
}
