package dev.versus.load;

import dev.versus.metrics.RequestRecord;
import java.util.List;
import java.util.function.Consumer;

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

  /** Passes each record to {@code sink} (e.g. a JSONL writer or an interval log). */
  static RunObserver onRecords(Consumer<RequestRecord> sink) {
    return new RunObserver() {
      @Override
      public void onRecord(RequestRecord record) {
        sink.accept(record);
      }
    };
  }

  /** Passes every call to each of {@code observers}, in order. */
  static RunObserver all(List<RunObserver> observers) {
    List<RunObserver> copy = List.copyOf(observers);
    return new RunObserver() {
      @Override
      public void onRecord(RequestRecord record) {
        copy.forEach(o -> o.onRecord(record));
      }

      @Override
      public void onProgress(Progress progress) {
        copy.forEach(o -> o.onProgress(progress));
      }
    };
  }

  /** Ignores everything. */
  static RunObserver none() {
    return new RunObserver() {};
  }
}
