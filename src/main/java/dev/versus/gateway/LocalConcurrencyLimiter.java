package dev.versus.gateway;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fair semaphore plus a counter that bounds how many may wait for it. */
final class LocalConcurrencyLimiter implements ConcurrencyLimiter {
  private final int capacity;
  private final int queue;
  private final Duration queueTimeout;
  private final Semaphore slots;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();

  LocalConcurrencyLimiter(int capacity, int queue, Duration queueTimeout) {
    if (capacity < 0 || queue < 0) {
      throw new IllegalArgumentException("capacity and queue must be 0 or more");
    }
    this.capacity = capacity;
    this.queue = queue;
    this.queueTimeout = queueTimeout;
    this.slots = new Semaphore(capacity == 0 ? Integer.MAX_VALUE : capacity, true);
  }

  @Override
  public Admission acquire() {
    if (!slots.tryAcquire()) {
      if (waiting.incrementAndGet() > queue) {
        waiting.decrementAndGet();
        return new Admission.Rejected(
            "queue full (" + capacity + " running, " + queue + " waiting)", Duration.ofSeconds(1));
      }
      try {
        if (!slots.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
          return new Admission.Rejected(
              "waited " + queueTimeout.toMillis() + " ms for a slot", Duration.ofSeconds(1));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Admission.Rejected("interrupted while waiting for a slot", Duration.ZERO);
      } finally {
        waiting.decrementAndGet();
      }
    }
    inFlight.incrementAndGet();
    return new Admission.Granted(
        () -> {
          inFlight.decrementAndGet();
          slots.release();
        });
  }

  @Override
  public int inFlight() {
    return inFlight.get();
  }

  @Override
  public int waiting() {
    return waiting.get();
  }

  @Override
  public int capacity() {
    return capacity;
  }
}
