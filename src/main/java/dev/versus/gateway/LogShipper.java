package dev.versus.gateway;

import dev.versus.store.GatewayLogRow;
import dev.versus.store.Store;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Ships spooled rows to the store in order, on one background thread, taking them from the
 * {@link SpoolTail} when it has them and from the spool's files otherwise. A batch is inserted with
 * {@code insertAllIfAbsent} (idempotent by request id) and only then is the checkpoint moved past
 * it and fully shipped segments deleted. When the store fails, the same batch is retried after a
 * doubling backoff until it succeeds, so rows are never skipped or reordered; a batch whose commit
 * succeeded but whose acknowledgement was lost is simply inserted again, and ignored.
 */
final class LogShipper {
  private static final System.Logger LOG = System.getLogger("dev.versus.gateway.log");
  private static final Duration STOP_GRACE = Duration.ofSeconds(2);

  private final SpoolConfig config;
  private final SpoolSegments segments;
  private final SpoolReader reader;
  private final SpoolCheckpoint checkpoint;
  private final SpoolWriter writer;
  private final SpoolTail tail;
  private final SpoolMetrics metrics;
  private final Supplier<Store> opener;
  private final SpoolingInteractionLog.Sleeper sleeper;
  private final Thread thread;

  private volatile boolean draining;
  private volatile boolean stopped;
  private Store store;
  private SpoolPosition position;

  LogShipper(SpoolConfig config, SpoolSegments segments, SpoolCheckpoint checkpoint,
      SpoolPosition start, SpoolWriter writer, SpoolTail tail, SpoolMetrics metrics,
      Supplier<Store> opener, SpoolingInteractionLog.Sleeper sleeper) {
    this.config = config;
    this.segments = segments;
    this.reader = new SpoolReader(segments);
    this.checkpoint = checkpoint;
    this.writer = writer;
    this.tail = tail;
    this.metrics = metrics;
    this.opener = opener;
    this.sleeper = sleeper;
    this.position = start;
    // a platform thread: SQLite runs in native code, which would hold one of the few carrier
    // threads of the request handlers (virtual threads) for the length of every batch
    this.thread = Thread.ofPlatform().name("versus-log-shipper").daemon().unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /** The store opened so far, if any (closed by the owner). */
  Optional<Store> store() {
    return Optional.ofNullable(store);
  }

  /**
   * Ships what is spooled within {@code timeoutNanos}, then stops the thread (interrupting a
   * backoff or a store call that outlasts the bound).
   */
  void drainAndStop(long timeoutNanos) {
    draining = true;
    LockSupport.unpark(thread);
    try {
      if (!thread.join(Duration.ofNanos(timeoutNanos))) {
        // Out of time: stop between attempts even if a driver swallows the interrupt.
        stopped = true;
        thread.interrupt();
        if (!thread.join(STOP_GRACE)) {
          LOG.log(Level.WARNING, "log shipper still inside a store call after close; it stops"
              + " when that call returns (its rows stay in the spool)");
        }
      }
    } catch (InterruptedException e) {
      stopped = true;
      thread.interrupt();
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    int failures = 0;
    while (!stopped && !Thread.currentThread().isInterrupted()) {
      try {
        if (!step()) {
          return;
        }
        failures = 0;
      } catch (RuntimeException e) {
        // A spool read or checkpoint failure (disk full, permissions): keep the rows, retry.
        failures++;
        metrics.lastError.set(String.valueOf(e.getMessage()));
        LOG.log(Level.ERROR, "log shipper: " + e.getMessage() + "; unshipped rows stay in "
            + segments.folder() + ", retrying", e);
        try {
          sleeper.sleep(config.backoff(failures));
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  /**
   * One read-ship-advance round; false when the shipper should stop. The rows come from the
   * in-memory tail when it holds the row at the shipper's position, from the file otherwise.
   */
  private boolean step() {
    SpoolReader.Batch batch = tail.take(position, config.batchRows());
    boolean fromMemory = !batch.rows().isEmpty();
    if (!fromMemory) {
      batch = reader.read(position, writer.end(), config.batchRows());
    }
    if (!batch.rows().isEmpty() && !ship(batch.rows())) {
      return false;
    }
    boolean moved = !batch.next().equals(position);
    if (moved) {
      advance(batch.next());
    }
    // Counted only once the checkpoint moved, so a retried round is not counted twice.
    metrics.shipped.addAndGet(batch.rows().size());
    if (fromMemory) {
      metrics.shippedFromMemory.addAndGet(batch.rows().size());
    }
    metrics.pending.addAndGet(-batch.rows().size());
    if (batch.corrupt() > 0) {
      metrics.corrupt.addAndGet(batch.corrupt());
      LOG.log(Level.WARNING, "log spool: skipped " + batch.corrupt()
          + " damaged line(s) before " + batch.next() + " in " + segments.folder());
    }
    if (moved && batch.rows().size() >= config.batchRows()) {
      return true; // a full batch: more may be waiting
    }
    if (draining) {
      return moved;
    }
    // Caught up: wait for rows to gather rather than ship each few as they come. Every batch
    // costs a transaction and a checkpoint write whatever its size, and at 10,000 requests/s
    // batches of a handful of rows cost the shipper ~11 us of CPU per row.
    LockSupport.parkNanos(config.shipInterval().toNanos());
    return true;
  }

  /** Inserts the batch, retrying until it succeeds; false when interrupted first. */
  private boolean ship(List<GatewayLogRow> rows) {
    int attempt = 0;
    while (!stopped) {
      try {
        if (store == null) {
          store = opener.get();
        }
        store.gatewayLogs().insertAllIfAbsent(rows);
        if (!metrics.storeHealthy) {
          metrics.storeHealthy = true;
          LOG.log(Level.INFO, "gateway log store is reachable again after " + attempt
              + " failed attempt(s); shipping the spooled rows in order");
        }
        return true;
      } catch (RuntimeException e) {
        attempt++;
        metrics.storeFailures.incrementAndGet();
        metrics.lastError.set(String.valueOf(e.getMessage()));
        if (metrics.storeHealthy) {
          metrics.storeHealthy = false;
          LOG.log(Level.WARNING, "gateway log store unavailable (" + e.getMessage() + "); "
              + metrics.pending.get() + " row(s) kept in the spool " + segments.folder()
              + " and retried with backoff");
        }
      }
      try {
        sleeper.sleep(config.backoff(attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private void advance(SpoolPosition next) {
    checkpoint.save(next);
    position = next;
    long freed = segments.deleteBelow(next.segment());
    if (freed > 0) {
      metrics.spoolBytes.addAndGet(-freed);
    }
  }
}
