package dev.versus.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SimServer} listens and protects itself.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}
 * @param port the TCP port, 0 for any free port
 * @param maxBodyBytes the largest request body accepted; larger bodies get 413 unread
 * @param keepAliveInterval how long a stream may stay silent before the server writes an SSE
 *     comment ({@code : keep-alive}); the write also reveals a client that went away
 * @param clock the wall clock for the {@code created} field of responses
 * @param omitUsage whether OpenAI-format responses leave out token usage (no usage chunk even when
 *     {@code stream_options.include_usage} asks for one, no {@code usage} object), as some
 *     OpenAI-compatible servers do; clients must then count tokens themselves
 */
public record SimServerConfig(
    String host,
    int port,
    long maxBodyBytes,
    Duration keepAliveInterval,
    Clock clock,
    boolean omitUsage) {

  /** The default body limit: 4 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;

  public SimServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(keepAliveInterval, "keepAliveInterval");
    Objects.requireNonNull(clock, "clock");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be 1 or more, got " + maxBodyBytes);
    }
    if (keepAliveInterval.isNegative() || keepAliveInterval.isZero()) {
      throw new IllegalArgumentException("keepAliveInterval must be positive");
    }
  }

  /** A configuration that reports usage. */
  public SimServerConfig(
      String host, int port, long maxBodyBytes, Duration keepAliveInterval, Clock clock) {
    this(host, port, maxBodyBytes, keepAliveInterval, clock, false);
  }

  /**
   * Loopback, any free port, 4 MiB bodies, a keep-alive every second, the system clock, usage
   * reported.
   */
  public static SimServerConfig defaults() {
    return new SimServerConfig(
        "127.0.0.1", 0, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(1), Clock.systemUTC(), false);
  }

  public SimServerConfig withHost(String value) {
    return new SimServerConfig(value, port, maxBodyBytes, keepAliveInterval, clock, omitUsage);
  }

  public SimServerConfig withPort(int value) {
    return new SimServerConfig(host, value, maxBodyBytes, keepAliveInterval, clock, omitUsage);
  }

  public SimServerConfig withMaxBodyBytes(long value) {
    return new SimServerConfig(host, port, value, keepAliveInterval, clock, omitUsage);
  }

  public SimServerConfig withKeepAliveInterval(Duration value) {
    return new SimServerConfig(host, port, maxBodyBytes, value, clock, omitUsage);
  }

  public SimServerConfig withClock(Clock value) {
    return new SimServerConfig(host, port, maxBodyBytes, keepAliveInterval, value, omitUsage);
  }

  public SimServerConfig withOmitUsage(boolean value) {
    return new SimServerConfig(host, port, maxBodyBytes, keepAliveInterval, clock, value);
  }
}
