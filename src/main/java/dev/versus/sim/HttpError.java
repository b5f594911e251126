package dev.versus.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * An error the server answers with, before the wire format words it ({@link ErrorBodies}).
 *
 * @param kind what went wrong; decides the HTTP status
 * @param message the human-readable message
 * @param param the request field at fault, empty when none
 * @param retryAfter the suggested delay for a 429, {@link Duration#ZERO} otherwise
 */
record HttpError(Kind kind, String message, String param, Duration retryAfter) {

  /** The closed set of errors, each with its HTTP status. */
  enum Kind {
    INVALID_JSON(400),
    INVALID_TYPE(400),
    MISSING_PARAMETER(400),
    INVALID_VALUE(400),
    CONTEXT_LENGTH(400),
    PATH_NOT_FOUND(404),
    MODEL_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    BODY_TOO_LARGE(413),
    RATE_LIMITED(429),
    CRASHED(500),
    INTERNAL(500),
    UNAVAILABLE(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    int status() {
      return status;
    }
  }

  HttpError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(param, "param");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }

  static HttpError of(Kind kind, String message) {
    return new HttpError(kind, message, "", Duration.ZERO);
  }

  static HttpError ofParam(Kind kind, String param, String message) {
    return new HttpError(kind, message, param, Duration.ZERO);
  }

  /** The error for an engine refusal or failure. */
  static HttpError of(SimFault fault) {
    Kind kind =
        switch (fault.kind()) {
          case CONTEXT_LENGTH -> Kind.CONTEXT_LENGTH;
          case RATE_LIMITED -> Kind.RATE_LIMITED;
          case CRASHED -> Kind.CRASHED;
          case UNAVAILABLE -> Kind.UNAVAILABLE;
          case INTERNAL -> Kind.INTERNAL;
        };
    String param = kind == Kind.CONTEXT_LENGTH ? "messages" : "";
    return new HttpError(kind, fault.message(), param, fault.retryAfter());
  }

  int status() {
    return kind.status();
  }

  /** Whole seconds to wait, at least 1, for {@code Retry-After} and Gemini's retryDelay. */
  long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
