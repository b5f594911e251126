package dev.versus.core;

import java.util.Locale;

/**
 * The class of a failed call, as counted in reports (DESIGN §5). Expected failures are values of
 * this enum inside a {@link ProviderError}, never exceptions.
 */
public enum ErrorClass {
  /** HTTP 429 or a provider quota error. */
  RATE_LIMITED,
  /** Any other 4xx: the request was rejected. */
  HTTP_4XX,
  /** Any other 5xx. */
  HTTP_5XX,
  /** A connect, read or total timeout expired. */
  TIMEOUT,
  /** The connection could not be made or was refused. */
  CONNECT,
  /** A stream ended (connection closed or cut) before its terminal event. */
  STREAM_INTERRUPTED,
  /** The prompt plus output do not fit the model's context window or KV cache. */
  CONTEXT_LENGTH,
  /** The backend reported an internal crash (e.g. a CUDA error) and stopped serving. */
  BACKEND_CRASH,
  /** The caller cancelled the call. */
  CANCELLED,
  /** The server answered with something that is not the expected wire format. */
  INVALID_RESPONSE;

  private static final String[] WIRE_NAMES = WireNames.of(values());

  /** The snake_case name used in reports and JSON, e.g. {@code "stream_interrupted"}. */
  public String wireName() {
    return WIRE_NAMES[ordinal()];
  }

  /** Parses a {@link #wireName()}. */
  public static ErrorClass fromWire(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The class of a plain HTTP error status with no more specific signal. */
  public static ErrorClass ofStatus(int status) {
    if (status == 429) {
      return RATE_LIMITED;
    }
    return status >= 500 ? HTTP_5XX : HTTP_4XX;
  }
}
