package dev.versus.planrun;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a plan's quality and performance parts one after the other, or both at once. */
final class PlanParts {
  /** One part of a plan run. */
  @FunctionalInterface
  interface Part {
    void run() throws InterruptedException;
  }

  private PlanParts() {}

  /** Runs {@code first}, then {@code second}. */
  static void inOrder(Part first, Part second) throws InterruptedException {
    first.run();
    second.run();
  }

  /**
   * Runs {@code background} on a virtual thread while {@code foreground} runs on the caller's; when
   * either fails or is interrupted the other is interrupted, and the first failure is thrown.
   */
  static void atOnce(Part background, Part foreground) throws InterruptedException {
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<?> other = threads.submit(() -> {
        background.run();
        return null;
      });
      try {
        foreground.run();
      } catch (InterruptedException | RuntimeException e) {
        other.cancel(true);
        throw e;
      }
      try {
        other.get();
      } catch (InterruptedException e) {
        other.cancel(true);
        throw e;
      } catch (ExecutionException e) {
        switch (e.getCause()) {
          case InterruptedException i -> throw i;
          case RuntimeException r -> throw r;
          case Error error -> throw error;
          default -> throw new IllegalStateException(e.getCause());
        }
      }
    }
  }
}
