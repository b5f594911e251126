package dev.versus.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An expected failure of a call: its class, the HTTP status (0 when none was received), the
 * server's message and code, and the retry delay the server suggested ({@code Retry-After} or
 * Gemini's {@code RetryInfo.retryDelay}), {@link Duration#ZERO} when it suggested none.
 */
public record ProviderError(
    ErrorClass errorClass, int httpStatus, String message, String code, Duration retryAfter) {

  public ProviderError {
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (httpStatus != 0 && (httpStatus < 100 || httpStatus > 599)) {
      throw new IllegalArgumentException("httpStatus must be 0 or 100..599, got " + httpStatus);
    }
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
  }

  /** An error without HTTP status, code or retry hint (timeouts, connect failures, cuts). */
  public static ProviderError of(ErrorClass errorClass, String message) {
    return new ProviderError(errorClass, 0, message, "", Duration.ZERO);
  }

  /** The server's retry hint, when it gave one. */
  public Optional<Duration> retryHint() {
    return retryAfter.isZero() ? Optional.empty() : Optional.of(retryAfter);
  }

  /** Whether a caller that retries (eval, gateway) may usefully try again. */
  public boolean retryable() {
    return switch (errorClass) {
      case RATE_LIMITED, HTTP_5XX, TIMEOUT, CONNECT, STREAM_INTERRUPTED, BACKEND_CRASH -> true;
      case HTTP_4XX, CONTEXT_LENGTH, CANCELLED, INVALID_RESPONSE -> false;
    };
  }
}
