package dev.versus.gateway;

import dev.versus.store.GatewayLogRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** An in-memory interaction log for tests: keeps every row, in order. */
final class MemoryInteractionLog implements InteractionLog {
  private final ReentrantLock lock = new ReentrantLock();
  private final List<GatewayLogRow> rows = new ArrayList<>();
  private final List<Long> appendedAtNanos = new ArrayList<>();

  @Override
  public void append(GatewayLogRow row) {
    lock.lock();
    try {
      rows.add(row);
      appendedAtNanos.add(System.nanoTime());
    } finally {
      lock.unlock();
    }
  }

  @Override
  public long pending() {
    return 0;
  }

  @Override
  public void close() {}

  List<GatewayLogRow> rows() {
    lock.lock();
    try {
      return List.copyOf(rows);
    } finally {
      lock.unlock();
    }
  }

  /** When the last row was appended ({@link System#nanoTime()}), or -1 when none was. */
  long lastAppendedAtNanos() {
    lock.lock();
    try {
      return appendedAtNanos.isEmpty() ? -1 : appendedAtNanos.getLast();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The first row matching {@code test}, waiting up to 5 s for it: the gateway logs a request just
   * after the client has its response.
   */
  GatewayLogRow await(java.util.function.Predicate<GatewayLogRow> test) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline) {
      java.util.Optional<GatewayLogRow> row = rows().stream().filter(test).findFirst();
      if (row.isPresent()) {
        return row.get();
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no logged row matched within 5 s; rows: " + rows());
  }

  /** The row of the response whose {@code x-request-id} header is {@code id}. */
  GatewayLogRow awaitId(String id) {
    return await(r -> r.requestId().equals(id));
  }
}
