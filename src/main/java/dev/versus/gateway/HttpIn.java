package dev.versus.gateway;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One request as the gateway sees it, independent of the HTTP server library.
 *
 * @param method upper-case HTTP method
 * @param path the request path without the query
 * @param headers header lookup by case-insensitive name (first value)
 * @param contentLength the declared body length, empty when chunked or absent
 * @param body the request body, read at most once
 * @param client notices the client closing its connection while the request is handled
 */
record HttpIn(
    String method,
    String path,
    Function<String, Optional<String>> headers,
    OptionalLong contentLength,
    InputStream body,
    ClientWatch client) {

  HttpIn {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(contentLength, "contentLength");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(client, "client");
  }

  /** Notices a client that closes its connection while its request is being handled. */
  @FunctionalInterface
  interface ClientWatch {
    /** Never notices anything (a server that cannot tell). */
    ClientWatch NONE = action -> {};

    /**
     * Starts watching the connection, and runs {@code action} once, on another thread, if the
     * client closes it before the request's handling ends. Callable from any thread, but only after
     * the request body has been read; later calls replace the action.
     */
    void whenGone(Runnable action);
  }

  /** A header's value, or empty. */
  Optional<String> header(String name) {
    return headers.apply(name);
  }
}
