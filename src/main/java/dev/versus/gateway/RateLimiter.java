package dev.versus.gateway;

import dev.versus.core.NanoClock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Requests-per-minute and tokens-per-minute limits as two token buckets that refill continuously
 * (a bucket holds one minute's allowance). Thread-safe; time comes from an injected clock.
 */
public final class RateLimiter {
  private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

  private final int requestsPerMinute;
  private final int tokensPerMinute;
  private final NanoClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private double requestBucket;
  private double tokenBucket;
  private long lastRefill;

  /** Limits of 0 mean "no limit" for that dimension. */
  public RateLimiter(int requestsPerMinute, int tokensPerMinute, NanoClock clock) {
    this.requestsPerMinute = requestsPerMinute;
    this.tokensPerMinute = tokensPerMinute;
    this.clock = clock;
    this.requestBucket = requestsPerMinute;
    this.tokenBucket = tokensPerMinute;
    this.lastRefill = clock.nanoTime();
  }

  /**
   * Takes one request and {@code tokens} tokens, or says how long to wait.
   *
   * @return {@link Duration#ZERO} when granted, otherwise the wait until enough has refilled
   */
  public Duration tryAcquire(int tokens) {
    lock.lock();
    try {
      refill();
      double needRequests = requestsPerMinute > 0 ? 1 : 0;
      double needTokens = tokensPerMinute > 0 ? Math.min(tokens, tokensPerMinute) : 0;
      double waitRequests = waitFor(needRequests, requestBucket, requestsPerMinute);
      double waitTokens = waitFor(needTokens, tokenBucket, tokensPerMinute);
      double wait = Math.max(waitRequests, waitTokens);
      if (wait > 0) {
        return Duration.ofNanos((long) Math.ceil(wait));
      }
      requestBucket -= needRequests;
      tokenBucket -= needTokens;
      return Duration.ZERO;
    } finally {
      lock.unlock();
    }
  }

  private static double waitFor(double need, double bucket, int perMinute) {
    if (need == 0 || bucket >= need) {
      return 0;
    }
    return (need - bucket) * MINUTE_NANOS / perMinute;
  }

  private void refill() {
    long now = clock.nanoTime();
    long elapsed = now - lastRefill;
    lastRefill = now;
    requestBucket = Math.min(requestsPerMinute, requestBucket + (double) elapsed * requestsPerMinute / MINUTE_NANOS);
    tokenBucket = Math.min(tokensPerMinute, tokenBucket + (double) elapsed * tokensPerMinute / MINUTE_NANOS);
  }
}
