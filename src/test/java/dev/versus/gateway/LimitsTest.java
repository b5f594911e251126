package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.ManualNanoClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void concurrencyLimiter_burst_neverExceedsCapAndRejectsBeyondTheQueue() throws Exception {
    ConcurrencyLimiter limiter = ConcurrencyLimiter.local(4, 8, Duration.ofSeconds(5));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    List<Future<Boolean>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 40; i++) {
        results.add(
            pool.submit(
                () -> {
                  Admission admission = limiter.acquire();
                  if (admission instanceof Admission.Granted granted) {
                    try {
                      peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                      Thread.sleep(300); // long enough that the 40 arrivals form one burst
                      running.decrementAndGet();
                    } finally {
                      granted.permit().release();
                    }
                    return true;
                  }
                  return false;
                }));
      }
      int granted = 0;
      for (Future<Boolean> f : results) {
        granted += f.get() ? 1 : 0;
      }
      assertThat(peak.get()).isLessThanOrEqualTo(4);
      // at most cap + queue can be admitted from one instantaneous burst; the rest see a full queue
      assertThat(granted).isBetween(12, 40);
      assertThat(40 - granted).isGreaterThan(0);
    }
    assertThat(limiter.inFlight()).isZero();
    assertThat(limiter.waiting()).isZero();
  }

  @Test
  void concurrencyLimiter_queueTimeout_rejectsWithRetryAfter() {
    ConcurrencyLimiter limiter = ConcurrencyLimiter.local(1, 1, Duration.ofMillis(20));
    Admission first = limiter.acquire();
    assertThat(first).isInstanceOf(Admission.Granted.class);
    Admission second = limiter.acquire();
    assertThat(second).isInstanceOf(Admission.Rejected.class);
    assertThat(((Admission.Rejected) second).reason()).contains("waited 20 ms");
    ((Admission.Granted) first).permit().release();
    assertThat(limiter.acquire()).isInstanceOf(Admission.Granted.class);
  }

  @Test
  void rateLimiter_requestsPerMinute_refillsWithTheClock() {
    ManualNanoClock clock = new ManualNanoClock(0);
    RateLimiter limiter = new RateLimiter(60, 0, clock);
    for (int i = 0; i < 60; i++) {
      assertThat(limiter.tryAcquire(1)).isZero();
    }
    Duration wait = limiter.tryAcquire(1);
    assertThat(wait).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire(1)).isZero();
  }

  @Test
  void rateLimiter_tokensPerMinute_limitsBigRequests() {
    ManualNanoClock clock = new ManualNanoClock(0);
    RateLimiter limiter = new RateLimiter(0, 1000, clock);
    assertThat(limiter.tryAcquire(800)).isZero();
    assertThat(limiter.tryAcquire(400)).isEqualTo(Duration.ofSeconds(12));
    clock.advance(Duration.ofSeconds(12));
    assertThat(limiter.tryAcquire(400)).isZero();
  }

  @Test
  void circuitBreaker_opensAfterThreshold_thenOneTrialAfterCooldown() {
    ManualNanoClock clock = new ManualNanoClock(0);
    CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock);
    for (int i = 0; i < 3; i++) {
      assertThat(breaker.tryPass()).isTrue();
      breaker.onFailure();
    }
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(breaker.tryPass()).isFalse();
    clock.advance(Duration.ofSeconds(10));
    assertThat(breaker.tryPass()).isTrue();
    assertThat(breaker.tryPass()).as("only one trial in half-open").isFalse();
    breaker.onFailure();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    clock.advance(Duration.ofSeconds(10));
    assertThat(breaker.tryPass()).isTrue();
    breaker.onSuccess();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.tryPass()).isTrue();
  }

  @Test
  void backoff_growsWithAttempts_isCapped_andHonoursServerHint() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 7);
    for (int attempt = 1; attempt <= 10; attempt++) {
      Duration d = backoff.delay(attempt, Duration.ZERO);
      assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(Math.min(2000, 100L << (attempt - 1))));
    }
    assertThat(backoff.delay(1, Duration.ofSeconds(13))).isEqualTo(Duration.ofSeconds(13));
  }
}
