package dev.versus.load;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs request tasks on virtual threads and ends a run: waits for requests in flight up to the
 * drain time, then cancels what is left. Interrupting the calling thread stops the run early;
 * requests in flight are cancelled and the interrupt flag is restored.
 */
final class Runner {
  private static final long SHUTDOWN_GRACE_SECONDS = 10;

  private final RunState state;
  private final ExecutorService executor =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("bench-request-", 0).factory());

  Runner(RunState state) {
    this.state = state;
  }

  /** Starts {@code task} on a new virtual thread; an unexpected exception stops the run. */
  void start(Runnable task) {
    executor.execute(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            state.fail(e);
          }
        });
  }

  /** Waits for requests in flight (up to the drain time) and cancels the rest. */
  void drain() {
    executor.shutdown();
    Duration drain = state.config.limits().drain();
    try {
      if (!executor.awaitTermination(drain.toNanos(), TimeUnit.NANOSECONDS)) {
        cancelRemaining();
      }
    } catch (InterruptedException e) {
      state.markInterrupted();
      cancelRemaining();
    }
  }

  /** Stops at once after an interrupt of the calling thread. */
  void abort() {
    state.markInterrupted();
    executor.shutdown();
    cancelRemaining();
  }

  private void cancelRemaining() {
    state.cancelInFlight();
    executor.shutdownNow();
    boolean wasInterrupted = Thread.interrupted();
    try {
      executor.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      wasInterrupted = true;
    }
    if (wasInterrupted || state.interrupted()) {
      Thread.currentThread().interrupt();
    }
  }
}
