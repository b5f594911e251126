package dev.versus.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes rows in the background in batches, so that a load test can record thousands of requests
 * per second without waiting for the database on its own threads:
 * {@code BatchWriter.start("bench", store.requests()::append, 500, 20_000)}.
 *
 * <p>Batching is natural: the writer takes whatever is queued (up to {@code maxBatch}) each time
 * the previous batch is written, so batches grow with the arrival rate and a lone row is written
 * at once. The queue is bounded: {@link #add} blocks when it is full, which only happens when the
 * database cannot keep up. {@link #close} writes everything queued before it returns.
 *
 * <p>A failed batch is not retried; its failure is kept and thrown by the next {@link #add} and by
 * {@link #close}, so a run never ends believing rows were stored when they were not. Thread-safe.
 *
 * @param <T> the row type, e.g. {@link RequestRow}
 */
public final class BatchWriter<T> implements AutoCloseable {
  private static final long POLL_MILLIS = 50;

  private final String name;
  private final Consumer<List<T>> sink;
  private final int maxBatch;
  private final BlockingQueue<T> queue;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private final Thread drainer;
  private volatile boolean closing;

  private BatchWriter(String name, Consumer<List<T>> sink, int maxBatch, int capacity) {
    this.name = name;
    this.sink = sink;
    this.maxBatch = maxBatch;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.drainer = Thread.ofVirtual().name("versus-store-writer-" + name).unstarted(this::drain);
  }

  /**
   * Starts a writer that passes batches to {@code sink} on a virtual thread.
   *
   * @param name names the writer in thread names and messages
   * @param sink writes one batch, e.g. {@code store.requests()::append}
   * @param maxBatch the largest batch, at least 1
   * @param capacity how many rows may wait, at least {@code maxBatch}
   */
  public static <T> BatchWriter<T> start(
      String name, Consumer<List<T>> sink, int maxBatch, int capacity) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sink, "sink");
    if (maxBatch < 1 || capacity < maxBatch) {
      throw new IllegalArgumentException("need 1 <= maxBatch <= capacity, got maxBatch "
          + maxBatch + " and capacity " + capacity);
    }
    BatchWriter<T> writer = new BatchWriter<>(name, sink, maxBatch, capacity);
    writer.drainer.start();
    return writer;
  }

  /**
   * Queues a row, blocking while the queue is full.
   *
   * @throws StoreException if an earlier batch failed, or the caller was interrupted while
   *     waiting (its interrupt flag is restored and the row is not queued)
   * @throws IllegalStateException after {@link #close}
   */
  public void add(T row) {
    Objects.requireNonNull(row, "row");
    throwIfFailed();
    if (closing) {
      throw new IllegalStateException("batch writer '" + name + "' is closed");
    }
    try {
      queue.put(row);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while queueing a row for writer '" + name + "'", e);
    }
  }

  /** How many rows have been written so far. */
  public long written() {
    return written.get();
  }

  /**
   * Writes every queued row, then stops the writer.
   *
   * @throws StoreException if any batch failed (naming how many rows were lost)
   */
  @Override
  public void close() {
    closing = true;
    try {
      drainer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while batch writer '" + name + "' was flushing", e);
    }
    throwIfFailed();
  }

  private void drain() {
    List<T> batch = new ArrayList<>(maxBatch);
    while (true) {
      T first;
      try {
        first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        // Nobody interrupts this private thread; if it happens, finish what is queued.
        first = queue.poll();
      }
      if (first == null) {
        if (closing && queue.isEmpty()) {
          return;
        }
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, maxBatch - 1);
      write(batch);
      batch.clear();
    }
  }

  private void write(List<T> batch) {
    try {
      sink.accept(List.copyOf(batch));
      written.addAndGet(batch.size());
    } catch (RuntimeException e) {
      lost.addAndGet(batch.size());
      failure.compareAndSet(null, e); // the first failure is the one worth reporting
    }
  }

  private void throwIfFailed() {
    RuntimeException cause = failure.get();
    if (cause != null) {
      throw new StoreException("batch writer '" + name + "' could not write " + lost.get()
          + " rows: " + cause.getMessage(), cause);
    }
  }
}
