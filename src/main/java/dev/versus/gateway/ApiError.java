package dev.versus.gateway;

import dev.versus.core.ErrorClass;
import java.time.Duration;
import java.util.Objects;

/**
 * An error as the gateway returns it, in the OpenAI shape {@code {"error": {"message", "type",
 * "param", "code"}}}, with its HTTP status and an optional {@code Retry-After}.
 *
 * @param status the HTTP status
 * @param type the OpenAI error type, e.g. {@code invalid_request_error}
 * @param code a machine-readable code, e.g. {@code model_not_found}
 * @param message what went wrong and what was expected
 * @param param the request field at fault, empty when none
 * @param errorClass the class logged for this failure
 * @param retryAfter the delay suggested to the client, zero for none
 */
record ApiError(
    int status,
    String type,
    String code,
    String message,
    String param,
    ErrorClass errorClass,
    Duration retryAfter) {

  ApiError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(param, "param");
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }

  static ApiError invalid(String code, String message, String param) {
    return new ApiError(
        400, "invalid_request_error", code, message, param, ErrorClass.HTTP_4XX, Duration.ZERO);
  }

  static ApiError of(int status, String type, String code, String message) {
    return new ApiError(status, type, code, message, "", ErrorClass.ofStatus(status), Duration.ZERO);
  }

  static ApiError rateLimited(String message, Duration retryAfter) {
    return new ApiError(
        429, "rate_limit_error", "rate_limit_exceeded", message, "", ErrorClass.RATE_LIMITED,
        retryAfter);
  }

  /** Seconds for the {@code Retry-After} header, rounded up, at least 1. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
