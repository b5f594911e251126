package dev.versus.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request and its response, independent of the server library underneath (see {@link
 * JdkHttpAdapter}). Every response carries {@code x-versus-simulated: true}. Used by one thread.
 */
interface Exchange {

  /** The request method, upper case. */
  String method();

  /** The decoded request path, e.g. {@code /v1/chat/completions}. */
  String path();

  /** The raw query string, empty when there is none. */
  String query();

  /** A request header, case-insensitive. */
  Optional<String> header(String name);

  /** The request body, as sent (not yet read). */
  InputStream requestBody();

  /** Sends a complete response with a known length and ends the exchange. */
  void respond(int status, String contentType, byte[] body, Map<String, String> headers)
      throws IOException;

  /**
   * Sends the status and headers of a streamed (chunked) response and returns its body; the caller
   * writes and flushes, then calls {@link #close()} to finish the body cleanly.
   */
  OutputStream openStream(int status, String contentType, Map<String, String> headers)
      throws IOException;

  /** Ends the exchange; a streamed body gets its clean end. Idempotent. */
  void close();

  /**
   * Drops the connection at once, without finishing the response (the simulated "cut"). Returns the
   * exception the caller must throw so the server library closes the socket.
   */
  RuntimeException abort();
}
