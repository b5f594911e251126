package dev.versus.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of a {@link SharedConcurrencyLimiter}'s leases.
 *
 * @param ttl how long a slot stays held without renewal: after a replica crashes, its slots come
 *     back this long after its last renewal. Must exceed {@code renewEvery} plus the worst clock
 *     difference between replicas (expiry times are written by each replica's wall clock)
 * @param renewEvery how often a replica extends the leases it holds
 * @param pollEvery how often a replica's first waiter asks the database for a slot freed by another
 *     replica (slots freed by this replica wake it at once)
 */
public record LeaseSettings(Duration ttl, Duration renewEvery, Duration pollEvery) {
  public LeaseSettings {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(renewEvery, "renewEvery");
    Objects.requireNonNull(pollEvery, "pollEvery");
    if (renewEvery.isNegative() || renewEvery.isZero() || pollEvery.isNegative() || pollEvery.isZero()) {
      throw new IllegalArgumentException("renewEvery and pollEvery must be positive");
    }
    if (ttl.compareTo(renewEvery.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException("a lease's ttl (" + ttl + ") must be at least twice"
          + " renewEvery (" + renewEvery + "), or one late renewal loses the slot");
    }
  }

  /** 30 s leases renewed every 10 s; waiters poll every 20 ms. */
  public static LeaseSettings defaults() {
    return new LeaseSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(20));
  }
}
