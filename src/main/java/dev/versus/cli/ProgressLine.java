package dev.versus.cli;

import dev.versus.load.BenchObserver;
import dev.versus.load.LevelOutcome;
import dev.versus.load.LoadModel;
import dev.versus.load.Progress;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display rewritten in place with {@code \r}: current completion rate, requests
 * in flight, completed and failed. At most five updates a second.
 */
final class ProgressLine implements BenchObserver {
  private static final long MIN_INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter out;
  private final AtomicLong lastPrint = new AtomicLong(Long.MIN_VALUE / 2);
  private volatile String prefix = "";

  ProgressLine(PrintWriter out) {
    this.out = out;
  }

  /** Whether the process talks to a terminal (so {@code \r} rewrites a line). */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Console.isTerminal() exists from Java 22 on; before that a console means a terminal.
      return (boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public void onLevelStart(String model, LoadModel level) {
    prefix = model + " " + level.label();
  }

  @Override
  public void onProgress(Progress p) {
    long now = System.nanoTime();
    long last = lastPrint.get();
    if (now - last < MIN_INTERVAL_NANOS || !lastPrint.compareAndSet(last, now)) {
      return;
    }
    String line = String.format(Locale.ROOT,
        "%s  %6.1fs  %7.1f req/s  in-flight %4d  done %7d  errors %5d",
        prefix, p.elapsedNanos() / 1e9, p.currentRatePerSecond(), p.inFlight(), p.completed(),
        p.errors());
    synchronized (out) {
      out.print("\r" + line + "\u001b[K");
      out.flush();
    }
  }

  @Override
  public void onLevelEnd(String model, LevelOutcome outcome) {
    synchronized (out) {
      out.print("\r\u001b[K");
      out.flush();
    }
  }
}
