package dev.versus.load;

import dev.versus.metrics.RequestRecord;

/**
 * Receives each record as its request finishes (to append it to a file at once) and a progress
 * snapshot after each. Called from request threads, possibly concurrently; must be thread-safe and
 * quick.
 */
public interface RunObserver {

  /** One finished request, measured or not. */
  default void onRecord(RequestRecord record) {}

  /** The run's state after a request finished. */
  default void onProgress(Progress progress) {}

  /** Ignores everything. */
  static RunObserver none() {
    return new RunObserver() {};
  }
}
