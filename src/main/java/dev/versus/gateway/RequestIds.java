package dev.versus.gateway;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids: 32 hex digits, a 64-bit prefix drawn once per process from {@link SecureRandom}
 * followed by a 64-bit counter that starts at a random value. Unique across the replicas that log
 * into one table (the chance that two processes draw the same prefix is 2^-64 per pair) without a
 * {@code SecureRandom} call, and its lock, per request as {@code UUID.randomUUID()} would need.
 */
final class RequestIds {
  private static final HexFormat HEX = HexFormat.of();

  private final String prefix;
  private final AtomicLong counter;

  RequestIds(SecureRandom random) {
    this.prefix = HEX.toHexDigits(random.nextLong());
    this.counter = new AtomicLong(random.nextLong());
  }

  /** A process-unique random source: {@link SecureRandom}'s default. */
  static RequestIds create() {
    return new RequestIds(new SecureRandom());
  }

  String next() {
    return prefix + HEX.toHexDigits(counter.getAndIncrement());
  }
}
