package dev.versus.sim;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Sends whole responses: JSON bodies and errors in a given wire format. */
final class Replies {
  static final String JSON = "application/json";

  private Replies() {}

  static void json(Exchange exchange, byte[] body) throws IOException {
    exchange.respond(200, JSON, body, Map.of());
  }

  static void error(Exchange exchange, WireFormat format, ErrorStyle style, HttpError error)
      throws IOException {
    Map<String, String> headers = new HashMap<>(ErrorBodies.headers(error));
    if (error.kind() == HttpError.Kind.BODY_TOO_LARGE) {
      // the rest of the body is never read, so the connection cannot be reused
      headers.put("Connection", "close");
    }
    exchange.respond(error.status(), JSON, ErrorBodies.bytes(format, style, error), headers);
  }

  /** 405 with an {@code Allow} header. */
  static void methodNotAllowed(
      Exchange exchange, WireFormat format, ErrorStyle style, String allowed) throws IOException {
    HttpError error =
        HttpError.of(
            HttpError.Kind.METHOD_NOT_ALLOWED,
            "Method "
                + exchange.method()
                + " is not allowed for "
                + exchange.path()
                + "; use "
                + allowed
                + ".");
    exchange.respond(
        error.status(), JSON, ErrorBodies.bytes(format, style, error), Map.of("Allow", allowed));
  }
}
