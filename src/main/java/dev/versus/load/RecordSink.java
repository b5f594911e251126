package dev.versus.load;

import dev.versus.metrics.JsonlRecordWriter;
import dev.versus.metrics.RequestRecord;
import dev.versus.store.BatchWriter;
import dev.versus.store.RequestRow;
import dev.versus.store.StoreException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a bench's records go as each request finishes: a line of {@code records.jsonl} (flushed at
 * once), a row for the store, then the observer. Called from request threads, concurrently.
 */
final class RecordSink implements RunObserver {
  private final JsonlRecordWriter jsonl;
  private final BatchWriter<RequestRow> rows;
  private final String runId;
  private final long warmupNanos;
  private final BenchObserver observer;
  private final AtomicLong seq = new AtomicLong();
  private volatile long levelStartNanos;
  private volatile long originNanos;

  RecordSink(
      JsonlRecordWriter jsonl,
      BatchWriter<RequestRow> rows,
      String runId,
      long originNanos,
      Duration warmup,
      BenchObserver observer) {
    this.jsonl = jsonl;
    this.rows = rows;
    this.runId = runId;
    this.originNanos = originNanos;
    this.levelStartNanos = originNanos;
    this.warmupNanos = warmup.toNanos();
    this.observer = observer;
  }

  /**
   * A level starts at {@code startNanos}: its records sent before start + warm-up are warm-up,
   * and their clock readings are stored as nanoseconds since {@code originNanos} (the run's start,
   * or the level's own start in a sharded run).
   */
  void levelStarted(long startNanos, long originNanos) {
    this.levelStartNanos = startNanos;
    this.originNanos = originNanos;
  }

  /** How many records were passed on. */
  long written() {
    return seq.get();
  }

  @Override
  public void onRecord(RequestRecord record) {
    // A request thread may be interrupted at any moment when the run is cut short (before or
    // during these writes): the record must still reach both the file and the store.
    boolean interrupted = Thread.interrupted();
    try {
      jsonl.accept(record);
      boolean warmup = record.timing().intendedSendNanos() < levelStartNanos + warmupNanos;
      RequestRow row = RecordRows.toRow(record, runId, seq.getAndIncrement(), originNanos, warmup);
      while (true) {
        try {
          rows.add(row);
          break;
        } catch (StoreException e) {
          if (!(e.getCause() instanceof InterruptedException)) {
            throw e;
          }
          interrupted |= Thread.interrupted();
        }
      }
      observer.onRecord(record);
    } finally {
      if (interrupted || Thread.interrupted()) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void onProgress(Progress progress) {
    observer.onProgress(progress);
  }
}
