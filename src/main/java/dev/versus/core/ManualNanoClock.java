package dev.versus.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link NanoClock} that only moves when told to; thread-safe. For tests and simulations. */
public final class ManualNanoClock implements NanoClock {
  private final AtomicLong now;

  public ManualNanoClock(long startNanos) {
    this.now = new AtomicLong(startNanos);
  }

  @Override
  public long nanoTime() {
    return now.get();
  }

  /** Moves the clock forward and returns the new time. */
  public long advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("a monotonic clock cannot go back");
    }
    return now.addAndGet(by.toNanos());
  }
}
