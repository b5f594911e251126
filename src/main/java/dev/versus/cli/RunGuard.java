package dev.versus.cli;

import dev.versus.store.RunStatus;
import dev.versus.store.Runs;
import java.time.Clock;

/**
 * Keeps a stored run honest when the process is stopped (Ctrl-C): a shutdown hook flushes the
 * results received so far and marks the run {@code interrupted}, so a report can still be made
 * from it. Closing the guard (normal end) removes the hook and marks the run with its real status.
 */
final class RunGuard implements AutoCloseable {
  private final Runs runs;
  private final String runId;
  private final Thread hook;
  private RunStatus status = RunStatus.FAILED;

  private RunGuard(Runs runs, String runId, Runnable flush) {
    this.runs = runs;
    this.runId = runId;
    this.hook = new Thread(() -> {
      flush.run();
      runs.finish(runId, RunStatus.INTERRUPTED, Clock.systemUTC().instant());
    }, "versus-run-interrupted");
  }

  /** Installs the hook for {@code runId}; {@code flush} writes any buffered results. */
  static RunGuard install(Runs runs, String runId, Runnable flush) {
    RunGuard guard = new RunGuard(runs, runId, flush);
    Runtime.getRuntime().addShutdownHook(guard.hook);
    return guard;
  }

  /** The status to record at a normal end; {@code failed} unless set. */
  void status(RunStatus value) {
    status = value;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      return; // the JVM is shutting down: the hook records the run as interrupted
    }
    runs.finish(runId, status, Clock.systemUTC().instant());
  }
}
