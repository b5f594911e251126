package dev.versus.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of asking a backend's limits for room: a permit to release exactly once, or a
 * rejection the gateway turns into a 429 with {@code Retry-After}.
 */
public sealed interface Admission {

  /** Room was granted; {@code release} must be called exactly once, in a {@code finally}. */
  record Granted(Permit permit) implements Admission {
    public Granted {
      Objects.requireNonNull(permit, "permit");
    }
  }

  /** No room: why, and when to try again. */
  record Rejected(String reason, Duration retryAfter) implements Admission {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /** A slot held by one request. */
  @FunctionalInterface
  interface Permit {
    /** Gives the slot back. Idempotent implementations are not required: call once. */
    void release();
  }
}
