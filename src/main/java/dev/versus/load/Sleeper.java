package dev.versus.load;

import dev.versus.core.NanoClock;
import java.util.concurrent.locks.LockSupport;

/** Waits until a time of a {@link NanoClock}; injected so tests can run in virtual time. */
@FunctionalInterface
public interface Sleeper {

  /**
   * Returns once the clock reads {@code deadlineNanos} or later (at once if it already does).
   *
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleepUntil(long deadlineNanos) throws InterruptedException;

  /** Parks the calling thread against {@code clock} (the system clock in production). */
  static Sleeper parking(NanoClock clock) {
    return deadline -> {
      for (long left = deadline - clock.nanoTime(); left > 0; left = deadline - clock.nanoTime()) {
        LockSupport.parkNanos(left);
        if (Thread.interrupted()) {
          throw new InterruptedException("interrupted while waiting for the next send");
        }
      }
    };
  }
}
