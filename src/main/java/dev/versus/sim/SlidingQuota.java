package dev.versus.sim;

import java.time.Duration;
import java.util.ArrayDeque;

/** A quota over a sliding window of virtual time: amounts spent in the last window. Not thread-safe. */
final class SlidingQuota {
  private final long limit;
  private final long windowNanos;
  private final ArrayDeque<long[]> spent = new ArrayDeque<>();
  private long used;

  /** {@code limit} 0 means unlimited. */
  SlidingQuota(long limit, Duration window) {
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  long limit() {
    return limit;
  }

  /** The amount spent in the window ending at {@code nowNanos}. */
  long used(long nowNanos) {
    while (!spent.isEmpty() && spent.peekFirst()[0] <= nowNanos - windowNanos) {
      used -= spent.pollFirst()[1];
    }
    return used;
  }

  /**
   * How long until {@code amount} more fits; {@link Duration#ZERO} when it fits now. An amount
   * larger than the whole limit waits for the full window to empty.
   */
  Duration waitFor(long amount, long nowNanos) {
    if (limit == 0 || used(nowNanos) + amount <= limit) {
      return Duration.ZERO;
    }
    long freed = 0;
    for (long[] entry : spent) {
      freed += entry[1];
      if (used - freed + amount <= limit) {
        return Duration.ofNanos(entry[0] + windowNanos - nowNanos);
      }
    }
    return Duration.ofNanos(spent.peekLast()[0] + windowNanos - nowNanos);
  }

  void spend(long amount, long nowNanos) {
    if (limit != 0) {
      used(nowNanos);
      spent.addLast(new long[] {nowNanos, amount});
      used += amount;
    }
  }
}
