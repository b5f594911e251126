package dev.versus.gateway;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * A {@link SecureRandom}'s output drawn {@value #LONGS} longs at a time: the same bits, with one
 * call into the SecureRandom (whose Linux default, {@code NativePRNG}, takes a process-wide lock and
 * costs about 0.5 µs a call) per {@value #LONGS} canaries instead of one per request. Thread-safe.
 */
final class BufferedSecureRandom implements RandomGenerator {
  static final int LONGS = 64;

  private final SecureRandom source;
  private final ReentrantLock lock = new ReentrantLock();
  private final long[] buffer = new long[LONGS];
  private int next = LONGS;

  BufferedSecureRandom(SecureRandom source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    lock.lock();
    try {
      if (next == LONGS) {
        byte[] bytes = new byte[LONGS * Long.BYTES];
        source.nextBytes(bytes);
        ByteBuffer.wrap(bytes).asLongBuffer().get(buffer);
        next = 0;
      }
      return buffer[next++];
    } finally {
      lock.unlock();
    }
  }
}
