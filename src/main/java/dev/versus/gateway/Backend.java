package dev.versus.gateway;

import dev.versus.core.NanoClock;
import dev.versus.provider.ChatProvider;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One backend at run time: its client and its limits (concurrency cap with queue, rate limit,
 * circuit breaker, backoff) and a window of recent latencies for the lowest-latency policy.
 */
final class Backend implements AutoCloseable {
  private static final int WINDOW = 64;

  private final BackendConfig config;
  private final ChatProvider provider;
  private final ConcurrencyLimiter limiter;
  private final BackendRate rate;
  private final CircuitBreaker breaker;
  private final Backoff backoff;
  private final ReentrantLock lock = new ReentrantLock();
  private final double[] latenciesMillis = new double[WINDOW];
  private int samples;

  Backend(BackendConfig config, ChatProvider provider, NanoClock clock, long seed) {
    this(config, provider,
        ConcurrencyLimiter.local(config.maxConcurrency(), config.queue(), config.queueTimeout()),
        new RateLimiter(config.requestsPerMinute(), config.tokensPerMinute(), clock)::tryAcquire,
        clock, seed);
  }

  /** A backend whose concurrency cap and rate limits are given (e.g. shared by all replicas). */
  Backend(BackendConfig config, ChatProvider provider, ConcurrencyLimiter limiter,
      BackendRate rate, NanoClock clock, long seed) {
    this.config = Objects.requireNonNull(config, "config");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.rate = Objects.requireNonNull(rate, "rate");
    this.breaker = new CircuitBreaker(config.breakerFailures(), config.breakerCooldown(), clock);
    this.backoff =
        new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), seed);
  }

  String name() {
    return config.name();
  }

  BackendConfig config() {
    return config;
  }

  ChatProvider provider() {
    return provider;
  }

  ConcurrencyLimiter limiter() {
    return limiter;
  }

  BackendRate rate() {
    return rate;
  }

  CircuitBreaker breaker() {
    return breaker;
  }

  Backoff backoff() {
    return backoff;
  }

  /** The OpenTelemetry {@code gen_ai.system} value of this backend's provider. */
  String system() {
    return config.provider().equals("gemini") ? "gcp.gemini" : "openai";
  }

  /** Cost in US dollars of a call with these token counts. */
  double costUsd(int promptTokens, int outputTokens) {
    return (promptTokens * config.inputPricePerMillion()
        + outputTokens * config.outputPricePerMillion()) / 1_000_000.0;
  }

  void recordLatency(long nanos) {
    lock.lock();
    try {
      latenciesMillis[samples % WINDOW] = nanos / 1e6;
      samples++;
    } finally {
      lock.unlock();
    }
  }

  /** The load as a routing policy sees it. */
  RoutingContext.BackendLoad load() {
    double median;
    lock.lock();
    try {
      int n = Math.min(samples, WINDOW);
      if (n == 0) {
        median = -1;
      } else {
        double[] sorted = Arrays.copyOf(latenciesMillis, n);
        Arrays.sort(sorted);
        median = sorted[n / 2];
      }
    } finally {
      lock.unlock();
    }
    return new RoutingContext.BackendLoad(
        limiter.inFlight(), limiter.capacity(), median,
        breaker.state() != CircuitBreaker.State.OPEN);
  }

  @Override
  public void close() {
    provider.close();
  }
}
