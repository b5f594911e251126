package dev.versus.cli;

import dev.versus.eval.EvalProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Prints eval progress to stderr: at most one line every two seconds, and the last one. */
final class EvalProgressLine implements Consumer<EvalProgress> {
  private static final long EVERY_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final AtomicLong lastNanos = new AtomicLong(Long.MIN_VALUE);

  EvalProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void accept(EvalProgress p) {
    long last = lastNanos.get();
    boolean finished = p.done() == p.total();
    if (!finished && last != Long.MIN_VALUE && p.elapsedNanos() - last < EVERY_NANOS) {
      return;
    }
    if (!finished && !lastNanos.compareAndSet(last, p.elapsedNanos())) {
      return;
    }
    synchronized (err) {
      err.println(String.format(Locale.ROOT, "eval: %d/%d results, %d errors, %d cached, %.1f cases/s",
          p.done(), p.total(), p.errors(), p.cached(), p.casesPerSecond()));
      err.flush();
    }
  }
}
