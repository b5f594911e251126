package dev.versus.gateway;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * One request as the gateway sees it, independent of the HTTP server library.
 *
 * @param method upper-case HTTP method
 * @param path the request path without the query
 * @param headers header lookup by case-insensitive name (first value)
 * @param contentLength the declared body length, empty when chunked or absent
 * @param body the request body, read at most once
 * @param clientGone whether the client has closed the connection; call only after the body has
 *     been read (the first call starts watching the connection)
 */
record HttpIn(
    String method,
    String path,
    Function<String, Optional<String>> headers,
    OptionalLong contentLength,
    InputStream body,
    BooleanSupplier clientGone) {

  HttpIn {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(contentLength, "contentLength");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(clientGone, "clientGone");
  }

  /** A header's value, or empty. */
  Optional<String> header(String name) {
    return headers.apply(name);
  }
}
