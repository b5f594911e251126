package dev.versus.load;

import dev.versus.core.NanoClock;

/**
 * Virtual time per thread, for deterministic tests of concurrent code: every thread has its own
 * clock, a new thread starts at its creator's time, and sleeping or simulated latency just moves
 * the calling thread's clock forward. A request thread started by the open-loop dispatcher
 * therefore begins exactly at its intended send time, and each request's latency is exactly what
 * the fake server scripted, whatever the real scheduling. Unsuitable where threads wait for each
 * other (permits, barriers).
 */
final class ThreadClock implements NanoClock {
  private final InheritableThreadLocal<long[]> now;

  ThreadClock(long startNanos) {
    now =
        new InheritableThreadLocal<>() {
          @Override
          protected long[] initialValue() {
            return new long[] {startNanos};
          }

          @Override
          protected long[] childValue(long[] parent) {
            return new long[] {parent[0]};
          }
        };
  }

  @Override
  public long nanoTime() {
    return now.get()[0];
  }

  /** Moves the calling thread's clock forward. */
  void advance(long nanos) {
    if (nanos < 0) {
      throw new IllegalArgumentException("cannot go back in time");
    }
    now.get()[0] += nanos;
  }

  /** A sleeper that jumps the calling thread's clock to the deadline. */
  Sleeper sleeper() {
    return deadline -> {
      long[] mine = now.get();
      mine[0] = Math.max(mine[0], deadline);
    };
  }
}
