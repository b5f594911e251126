package dev.versus.gateway;

import dev.versus.core.NanoClock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Opens after a run of consecutive failures, rejects calls for a cooldown, then lets exactly one
 * trial call through (half-open): its success closes the breaker, its failure opens it again.
 */
public final class CircuitBreaker {
  /** The breaker's state. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int threshold;
  private final long cooldownNanos;
  private final NanoClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private State state = State.CLOSED;
  private int failures;
  private long openedAt;
  private boolean trialInFlight;

  /** A threshold of 0 disables the breaker. */
  public CircuitBreaker(int threshold, Duration cooldown, NanoClock clock) {
    this.threshold = threshold;
    this.cooldownNanos = cooldown.toNanos();
    this.clock = clock;
  }

  /** Whether a call may go ahead now; a true answer in half-open state is the single trial. */
  public boolean tryPass() {
    lock.lock();
    try {
      if (state == State.OPEN && clock.nanoTime() - openedAt >= cooldownNanos) {
        state = State.HALF_OPEN;
        trialInFlight = false;
      }
      return switch (state) {
        case CLOSED -> true;
        case OPEN -> false;
        case HALF_OPEN -> {
          if (trialInFlight) {
            yield false;
          }
          trialInFlight = true;
          yield true;
        }
      };
    } finally {
      lock.unlock();
    }
  }

  /** Records a successful call. */
  public void onSuccess() {
    lock.lock();
    try {
      failures = 0;
      state = State.CLOSED;
      trialInFlight = false;
    } finally {
      lock.unlock();
    }
  }

  /** Records a failed call (a retryable upstream error, not a client error). */
  public void onFailure() {
    lock.lock();
    try {
      failures++;
      if (threshold > 0 && (state == State.HALF_OPEN || failures >= threshold)) {
        state = State.OPEN;
        openedAt = clock.nanoTime();
        trialInFlight = false;
      }
    } finally {
      lock.unlock();
    }
  }

  /** The current state (open turns half-open only when a call asks after the cooldown). */
  public State state() {
    lock.lock();
    try {
      return state;
    } finally {
      lock.unlock();
    }
  }
}
