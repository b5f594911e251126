package dev.versus.eval;

import java.time.Duration;

/** Waits between retries; tests inject one that advances a manual clock instead of sleeping. */
@FunctionalInterface
public interface Pause {
  /** Blocks the calling (virtual) thread for {@code duration}. */
  void pause(Duration duration) throws InterruptedException;

  /** Real sleeping. */
  static Pause sleeping() {
    return d -> Thread.sleep(d);
  }
}
