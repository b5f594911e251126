package dev.versus.gateway;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Jittered exponential backoff ("full jitter": a uniform draw in [0, base·2^attempt], capped) that
 * never waits less than the server asked for with {@code Retry-After} or {@code retryDelay}.
 */
public final class Backoff {
  private final Duration base;
  private final Duration cap;
  private final SplittableRandom random;
  private final ReentrantLock lock = new ReentrantLock();

  public Backoff(Duration base, Duration cap, long seed) {
    this.base = base;
    this.cap = cap;
    this.random = new SplittableRandom(seed);
  }

  /**
   * The delay before retry number {@code attempt} (1 for the first retry).
   *
   * @param serverHint the server's retry hint, {@link Duration#ZERO} when none
   */
  public Duration delay(int attempt, Duration serverHint) {
    long ceiling = Math.min(cap.toNanos(), base.toNanos() << Math.min(attempt - 1, 30));
    long drawn;
    lock.lock();
    try {
      drawn = ceiling <= 0 ? 0 : random.nextLong(ceiling + 1);
    } finally {
      lock.unlock();
    }
    return Duration.ofNanos(Math.max(drawn, serverHint.toNanos()));
  }
}
