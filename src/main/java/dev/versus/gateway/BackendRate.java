package dev.versus.gateway;

import java.time.Duration;

/**
 * A backend's request and token rate limits: in one process a {@link RateLimiter}, across replicas
 * two buckets of a {@link SharedRateLimiter}.
 */
@FunctionalInterface
interface BackendRate {
  /** Takes one request and {@code tokens} tokens; {@link Duration#ZERO} or the wait. */
  Duration tryAcquire(int tokens);
}
