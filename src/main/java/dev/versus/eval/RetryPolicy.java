package dev.versus.eval;

import dev.versus.core.ProviderError;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before retrying a failed model call: only retryable errors (429, 5xx,
 * timeouts, connection failures, cut streams, crashes), at most {@code maxAttempts} calls in all.
 * A server's hint ({@code Retry-After}, Gemini's {@code retryDelay}) is honoured as a minimum, with
 * up to 10% jitter added so that waiting clients do not return in lock step; without a hint the
 * wait is "full jitter" exponential backoff: uniform in [0, min(maxDelay, baseDelay × 2^(n−1))].
 *
 * @param maxAttempts calls in all, including the first, 1 or more
 * @param baseDelay the first backoff's upper bound without a hint
 * @param maxDelay the cap of exponential backoff
 * @param maxHint the longest server hint honoured; a longer one ends the retries (the server
 *     asks for more patience than an eval run has)
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxHint) {
  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxHint, "maxHint");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be 1 or more, got " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxHint.isNegative()) {
      throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay and maxHint >= 0");
    }
  }

  /** Five attempts, backoff from 0.5 s up to 30 s, hints up to 2 minutes honoured. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));
  }

  /** No retries at all. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** A copy with another number of attempts. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, baseDelay, maxDelay, maxHint);
  }

  /**
   * How long to wait after failed call number {@code attempt} (from 1) before the next, or a
   * negative duration when no retry should follow.
   */
  public Duration delayAfter(int attempt, ProviderError error, RandomGenerator random) {
    if (attempt >= maxAttempts || !error.retryable()) {
      return Duration.ofNanos(-1);
    }
    var hint = error.retryHint();
    if (hint.isPresent()) {
      Duration wait = hint.get();
      if (wait.compareTo(maxHint) > 0) {
        return Duration.ofNanos(-1);
      }
      return wait.plusNanos((long) (random.nextDouble() * 0.1 * wait.toNanos()));
    }
    long cap = baseDelay.toNanos();
    for (int i = 1; i < attempt && cap < maxDelay.toNanos(); i++) {
      cap *= 2;
    }
    cap = Math.min(cap, maxDelay.toNanos());
    return Duration.ofNanos(cap == 0 ? 0 : (long) (random.nextDouble() * cap));
  }
}
