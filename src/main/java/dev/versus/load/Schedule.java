package dev.versus.load;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The absolute open-loop schedule: intended send offsets in nanoseconds from the run's start,
 * computed up front from a seed. The first request goes at 0; each next one an interval later.
 */
final class Schedule {
  private static final double NANOS_PER_SECOND = 1e9;

  private Schedule() {}

  /**
   * Offsets until either limit is reached.
   *
   * @param maxRequests at most this many (0: no count limit)
   * @param spanNanos only offsets below this (0: no time limit)
   */
  static long[] offsets(ArrivalProcess arrivals, long seed, long maxRequests, long spanNanos) {
    if (maxRequests == 0 && spanNanos == 0) {
      throw new IllegalArgumentException("an open-loop schedule needs a count or time limit");
    }
    SplittableRandom random = new SplittableRandom(seed);
    long[] offsets = new long[16];
    int n = 0;
    double at = 0;
    while ((maxRequests == 0 || n < maxRequests)
        && (spanNanos == 0 || Math.round(at * NANOS_PER_SECOND) < spanNanos)) {
      if (n == offsets.length) {
        if (n == Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException("schedule too long");
        }
        offsets = Arrays.copyOf(offsets, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * n));
      }
      offsets[n++] = Math.round(at * NANOS_PER_SECOND);
      at += arrivals.nextIntervalSeconds(random);
    }
    return Arrays.copyOf(offsets, n);
  }
}
