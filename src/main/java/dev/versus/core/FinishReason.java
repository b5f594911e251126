package dev.versus.core;


/**
 * Why generation ended, normalised across providers. Gemini's {@code STOP} maps to {@link #STOP},
 * {@code MAX_TOKENS} to {@link #LENGTH}, and {@code SAFETY}, {@code BLOCKLIST},
 * {@code PROHIBITED_CONTENT} and {@code SPII} to {@link #CONTENT_FILTER} (DESIGN §3).
 */
public enum FinishReason {
  STOP,
  LENGTH,
  CONTENT_FILTER,
  TOOL_CALLS,
  /** Any reason this enum does not name; the raw value travels next to it. */
  OTHER;

  private static final String[] WIRE_NAMES = WireNames.of(values());

  /** The OpenAI wire name, e.g. {@code "length"}. */
  public String wireName() {
    return WIRE_NAMES[ordinal()];
  }

  /** Maps an OpenAI {@code finish_reason}; unknown values give {@link #OTHER}. */
  public static FinishReason fromOpenAi(String value) {
    return switch (value) {
      case "stop" -> STOP;
      case "length" -> LENGTH;
      case "content_filter" -> CONTENT_FILTER;
      case "tool_calls", "function_call" -> TOOL_CALLS;
      default -> OTHER;
    };
  }

  /** Maps a Gemini {@code finishReason}; unknown values give {@link #OTHER}. */
  public static FinishReason fromGemini(String value) {
    return switch (value) {
      case "STOP" -> STOP;
      case "MAX_TOKENS" -> LENGTH;
      case "SAFETY", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "RECITATION" -> CONTENT_FILTER;
      default -> OTHER;
    };
  }

  /** The Gemini wire name used when this reason is sent in Gemini format. */
  public String geminiName() {
    return switch (this) {
      case STOP, TOOL_CALLS -> "STOP";
      case LENGTH -> "MAX_TOKENS";
      case CONTENT_FILTER -> "SAFETY";
      case OTHER -> "OTHER";
    };
  }
}
