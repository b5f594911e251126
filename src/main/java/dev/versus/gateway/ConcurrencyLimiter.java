package dev.versus.gateway;

import java.time.Duration;

/**
 * A backend's concurrency cap with a bounded waiting queue. In one process it is {@link
 * LocalConcurrencyLimiter}; gateway replicas share one through the database.
 */
public interface ConcurrencyLimiter {

  /**
   * Takes a slot, waiting in the queue up to the queue timeout. Returns {@link Admission.Rejected}
   * at once when the queue is full, or when the wait times out. Restores the interrupt flag and
   * rejects if interrupted.
   */
  Admission acquire();

  /** Requests holding a slot now. */
  int inFlight();

  /** Requests waiting for a slot now. */
  int waiting();

  /** The cap, 0 for unlimited. */
  int capacity();

  /** A limiter for one process. */
  static ConcurrencyLimiter local(int maxConcurrency, int queue, Duration queueTimeout) {
    return new LocalConcurrencyLimiter(maxConcurrency, queue, queueTimeout);
  }
}
