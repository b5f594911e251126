package dev.versus.provider;

import dev.versus.core.ErrorClass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rules shared by the clients for turning an HTTP error into an {@link ErrorClass} and a retry
 * hint. The rules look at the status, the provider's error code and the message text, because
 * servers disagree on codes (OpenAI uses strings, vLLM the HTTP status as an integer).
 */
public final class ErrorMapping {
  private static final List<String> CONTEXT_MARKERS =
      List.of(
          "context_length_exceeded",
          "maximum context length",
          "context length",
          "context window",
          "exceeds the maximum number of tokens",
          "kv cache");
  private static final List<String> CRASH_MARKERS =
      List.of(
          "cuda error",
          "cuda_error",
          "illegal address",
          "illegal memory access",
          "enginedeaderror",
          "engine is dead",
          "engine core died");

  private ErrorMapping() {}

  /**
   * Classifies an error. Order: 429 or a quota code → rate limited; a 5xx naming a crash → backend
   * crash; a 4xx/5xx whose code or message names the context window → context length (wider than
   * the usual 400/413 on purpose: some servers report a KV-cache overflow as a 500); else by status.
   *
   * @param status the HTTP status (for a mid-stream error, the status the error carries)
   * @param code the provider's error code or status text, empty when none
   * @param message the provider's message, empty when none
   */
  public static ErrorClass classify(int status, String code, String message) {
    String codeLower = code.toLowerCase(Locale.ROOT);
    String text = message.toLowerCase(Locale.ROOT);
    if (status == 429
        || codeLower.equals("resource_exhausted")
        || codeLower.equals("rate_limit_exceeded")) {
      return ErrorClass.RATE_LIMITED;
    }
    if (status >= 500 && containsAny(text, CRASH_MARKERS)) {
      return ErrorClass.BACKEND_CRASH;
    }
    if (codeLower.equals("context_length_exceeded") || containsAny(text, CONTEXT_MARKERS)) {
      return ErrorClass.CONTEXT_LENGTH;
    }
    return ErrorClass.ofStatus(status);
  }

  /**
   * The retry delay from {@code Retry-After} (delta seconds or an HTTP-date) or {@code
   * retry-after-ms}; {@link Duration#ZERO} when absent or unparsable.
   */
  public static Duration retryAfter(ResponseHeaders headers, Clock clock) {
    Optional<String> millis = headers.firstValue("retry-after-ms");
    if (millis.isPresent()) {
      try {
        return Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.get().trim())));
      } catch (NumberFormatException e) {
        // fall through to Retry-After
      }
    }
    return headers.firstValue("retry-after").map(v -> parseRetryAfter(v, clock)).orElse(Duration.ZERO);
  }

  /** Parses a {@code Retry-After} value: delta seconds or an RFC 1123 date. */
  public static Duration parseRetryAfter(String value, Clock clock) {
    String text = value.trim();
    if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
      return text.length() > 9 ? Duration.ZERO : Duration.ofSeconds(Long.parseLong(text));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delta = Duration.between(clock.instant(), at);
      return delta.isNegative() ? Duration.ZERO : delta;
    } catch (DateTimeParseException e) {
      return Duration.ZERO;
    }
  }

  /**
   * Parses a protobuf JSON duration such as Gemini's {@code "13s"} or {@code "0.5s"}; {@link
   * Duration#ZERO} when unparsable.
   */
  public static Duration parseProtoDuration(String value) {
    String text = value.trim();
    if (!text.endsWith("s")) {
      return Duration.ZERO;
    }
    try {
      double seconds = Double.parseDouble(text.substring(0, text.length() - 1));
      if (!(seconds >= 0) || seconds > 1e9) {
        return Duration.ZERO;
      }
      return Duration.ofNanos(Math.round(seconds * 1e9));
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }

  private static boolean containsAny(String text, List<String> markers) {
    for (String marker : markers) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }
}
