package dev.versus.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Words an {@link HttpError} the way each real API does: OpenAI's {@code {"error": {message, type,
 * param, code}}} with a string code (OpenAI) or the status as an integer code (vLLM), and Google's
 * {@code {"error": {code, message, status, details}}}.
 */
final class ErrorBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorBodies() {}

  /** The error object itself, as sent in a body or as a mid-stream event. */
  static ObjectNode body(WireFormat format, ErrorStyle style, HttpError error) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode inner = root.putObject("error");
    switch (format) {
      case OPENAI -> {
        inner.put("message", error.message());
        if (style == ErrorStyle.VLLM) {
          inner.put("type", vllmType(error.status()));
          putParam(inner, error.param());
          inner.put("code", error.status());
        } else {
          inner.put("type", openAiType(error.kind()));
          putParam(inner, error.param());
          String code = openAiCode(error.kind());
          if (code.isEmpty()) {
            inner.putNull("code");
          } else {
            inner.put("code", code);
          }
        }
      }
      case GEMINI -> {
        inner.put("code", error.status());
        inner.put("message", error.message());
        inner.put("status", googleStatus(error.status()));
        if (error.kind() == HttpError.Kind.RATE_LIMITED) {
          ObjectNode retry = inner.putArray("details").addObject();
          retry.put("@type", "type.googleapis.com/google.rpc.RetryInfo");
          retry.put("retryDelay", error.retryAfterSeconds() + "s");
        } else if (!error.param().isEmpty() && error.kind() != HttpError.Kind.CONTEXT_LENGTH) {
          ObjectNode badRequest = inner.putArray("details").addObject();
          badRequest.put("@type", "type.googleapis.com/google.rpc.BadRequest");
          ObjectNode violation = badRequest.putArray("fieldViolations").addObject();
          violation.put("field", error.param());
          violation.put("description", error.message());
        }
      }
    }
    return root;
  }

  static byte[] bytes(WireFormat format, ErrorStyle style, HttpError error) {
    try {
      return JSON.writeValueAsBytes(body(format, style, error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise an error body", e);
    }
  }

  /**
   * Extra response headers: {@code Retry-After} (whole seconds) on every 429, and on a 503 when the
   * engine knows how long recovery takes.
   */
  static Map<String, String> headers(HttpError error) {
    boolean retry =
        error.kind() == HttpError.Kind.RATE_LIMITED
            || (error.kind() == HttpError.Kind.UNAVAILABLE && error.retryAfter().isPositive());
    return retry ? Map.of("Retry-After", Long.toString(error.retryAfterSeconds())) : Map.of();
  }

  private static void putParam(ObjectNode inner, String param) {
    if (param.isEmpty()) {
      inner.putNull("param");
    } else {
      inner.put("param", param);
    }
  }

  private static String openAiType(HttpError.Kind kind) {
    return switch (kind) {
      case RATE_LIMITED -> "requests";
      case CRASHED, INTERNAL, UNAVAILABLE -> "server_error";
      default -> "invalid_request_error";
    };
  }

  /** OpenAI's string codes; empty where OpenAI sends {@code null}. */
  private static String openAiCode(HttpError.Kind kind) {
    return switch (kind) {
      case INVALID_JSON, PATH_NOT_FOUND, CRASHED, INTERNAL, UNAVAILABLE -> "";
      case INVALID_TYPE -> "invalid_type";
      case MISSING_PARAMETER -> "missing_required_parameter";
      case INVALID_VALUE -> "invalid_value";
      case CONTEXT_LENGTH -> "context_length_exceeded";
      case MODEL_NOT_FOUND -> "model_not_found";
      case METHOD_NOT_ALLOWED -> "method_not_allowed";
      case BODY_TOO_LARGE -> "request_too_large";
      case RATE_LIMITED -> "rate_limit_exceeded";
    };
  }

  /** vLLM names the error type after the HTTP status. */
  private static String vllmType(int status) {
    return switch (status) {
      case 400 -> "BadRequestError";
      case 404 -> "NotFoundError";
      case 405 -> "MethodNotAllowedError";
      case 413 -> "RequestEntityTooLargeError";
      case 429 -> "RateLimitError";
      case 503 -> "ServiceUnavailableError";
      default -> "InternalServerError";
    };
  }

  /** google.rpc.Code names for the statuses the simulator sends. */
  private static String googleStatus(int status) {
    return switch (status) {
      case 400, 405, 413 -> "INVALID_ARGUMENT";
      case 404 -> "NOT_FOUND";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 503 -> "UNAVAILABLE";
      default -> "INTERNAL";
    };
  }
}
