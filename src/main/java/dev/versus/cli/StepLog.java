package dev.versus.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints a plan run's steps to stderr with the seconds since the start: every new step, and a
 * repeated one (quality progress) at most once every two seconds. Thread-safe.
 */
final class StepLog {
  private static final long EVERY_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final long startNanos = System.nanoTime();
  private String lastKind = "";
  private long lastNanos;

  StepLog(PrintWriter err) {
    this.err = err;
  }

  synchronized void step(String line) {
    long now = System.nanoTime();
    int colon = line.indexOf(':');
    String kind = colon < 0 ? line : line.substring(0, colon);
    boolean repeat = kind.equals(lastKind) && kind.equals("quality");
    if (repeat && now - lastNanos < EVERY_NANOS) {
      return;
    }
    lastKind = kind;
    lastNanos = now;
    err.println(String.format(Locale.ROOT, "[%5.1f s] %s", (now - startNanos) / 1e9, line));
    err.flush();
  }
}
