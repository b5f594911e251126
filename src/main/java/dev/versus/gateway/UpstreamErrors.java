package dev.versus.gateway;

import dev.versus.core.ProviderError;

/**
 * Maps an upstream failure (either wire format, already normalised by the provider clients) to
 * the OpenAI-shaped error the client sees: Gemini's {@code RESOURCE_EXHAUSTED} becomes a 429
 * {@code rate_limit_error}, {@code INVALID_ARGUMENT} a 400 {@code invalid_request_error}, and so on.
 */
final class UpstreamErrors {
  private UpstreamErrors() {}

  static ApiError toApi(ProviderError e, String backend) {
    String message = "backend '" + backend + "': " + e.message();
    return switch (e.errorClass()) {
      case RATE_LIMITED -> new ApiError(429, "rate_limit_error", "rate_limit_exceeded", message,
          "", e.errorClass(), e.retryAfter());
      case CONTEXT_LENGTH -> new ApiError(400, "invalid_request_error", "context_length_exceeded",
          message, "messages", e.errorClass(), e.retryAfter());
      case HTTP_4XX -> new ApiError(
          e.httpStatus() >= 400 && e.httpStatus() < 500 ? e.httpStatus() : 400,
          "invalid_request_error", e.code().isEmpty() ? "upstream_rejected" : e.code(), message,
          "", e.errorClass(), e.retryAfter());
      case TIMEOUT -> new ApiError(504, "timeout_error", "upstream_timeout", message, "",
          e.errorClass(), e.retryAfter());
      case CONNECT -> new ApiError(502, "api_error", "upstream_unreachable", message, "",
          e.errorClass(), e.retryAfter());
      case CANCELLED -> new ApiError(499, "api_error", "cancelled", message, "", e.errorClass(),
          e.retryAfter());
      case HTTP_5XX, BACKEND_CRASH, STREAM_INTERRUPTED, INVALID_RESPONSE -> new ApiError(502,
          "api_error", "upstream_error", message, "", e.errorClass(), e.retryAfter());
    };
  }
}
