package dev.versus.load;

/**
 * Follows a {@link BenchRun}: every record and progress snapshot (from request threads, see {@link
 * RunObserver}) plus the start and end of each model × level (on the bench's thread).
 */
public interface BenchObserver extends RunObserver {

  /** A level is about to start for {@code model}. */
  default void onLevelStart(String model, LoadModel level) {}

  /** A level ended for {@code model}. */
  default void onLevelEnd(String model, LevelOutcome outcome) {}

  /** Ignores everything. */
  static BenchObserver none() {
    return new BenchObserver() {};
  }
}
