package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One token bucket per key, shared by two replicas' limiters on separate pools. */
class SharedRateLimiterTest {

  @Test
  void tryAcquire_concurrentBurstOverTwoReplicas_grantsExactlyOneMinutesAllowance() throws Exception {
    SharedLimitsDb db = SharedLimitsDb.fresh();
    SharedLimitsDb.ManualClock clock = new SharedLimitsDb.ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    try (HikariDataSource poolA = db.replicaPool("a", 6);
        HikariDataSource poolB = db.replicaPool("b", 6);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      SharedRateLimiter a = new SharedRateLimiter(poolA, clock);
      SharedRateLimiter b = new SharedRateLimiter(poolB, clock);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Duration>> waits = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        SharedRateLimiter replica = i % 2 == 0 ? a : b;
        waits.add(threads.submit(() -> {
          go.await();
          return replica.tryAcquire("key:team-a:requests", 60, 1);
        }));
      }
      go.countDown();
      int granted = 0;
      Duration shortestWait = Duration.ofDays(1);
      for (Future<Duration> w : waits) {
        Duration wait = w.get(60, TimeUnit.SECONDS);
        if (wait.isZero()) {
          granted++;
        } else if (wait.compareTo(shortestWait) < 0) {
          shortestWait = wait;
        }
      }

      assertThat(granted).as("60 per minute, clock frozen").isEqualTo(60);
      assertThat(shortestWait).as("one token refills in a second").isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void tryAcquire_afterTime_refillsAtTheRate_andKeysAreIndependent() throws Exception {
    SharedLimitsDb db = SharedLimitsDb.fresh();
    SharedLimitsDb.ManualClock clock = new SharedLimitsDb.ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    try (HikariDataSource poolA = db.replicaPool("a", 2);
        HikariDataSource poolB = db.replicaPool("b", 2)) {
      SharedRateLimiter a = new SharedRateLimiter(poolA, clock);
      SharedRateLimiter b = new SharedRateLimiter(poolB, clock);
      assertThat(a.tryAcquire("k", 120, 120)).isZero();
      assertThat(b.tryAcquire("k", 120, 1)).isEqualTo(Duration.ofMillis(500));
      assertThat(b.tryAcquire("other", 120, 1)).as("another key has its own bucket").isZero();

      clock.advance(Duration.ofMillis(1500)); // 3 tokens back

      assertThat(b.tryAcquire("k", 120, 3)).isZero();
      assertThat(a.tryAcquire("k", 120, 1)).isPositive();
      assertThat(a.tryAcquire("k", 0, 1)).as("0 = no limit").isZero();
    }
  }

  @Test
  void tryAcquire_aReplicaWhoseClockLags_neverGetsNegativeRefill() throws Exception {
    SharedLimitsDb db = SharedLimitsDb.fresh();
    SharedLimitsDb.ManualClock ahead = new SharedLimitsDb.ManualClock(Instant.parse("2026-11-26T12:00:01Z"));
    SharedLimitsDb.ManualClock behind = new SharedLimitsDb.ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    try (HikariDataSource poolA = db.replicaPool("a", 2);
        HikariDataSource poolB = db.replicaPool("b", 2)) {
      SharedRateLimiter a = new SharedRateLimiter(poolA, ahead);
      SharedRateLimiter b = new SharedRateLimiter(poolB, behind);
      assertThat(a.tryAcquire("k", 60, 59)).isZero();

      assertThat(b.tryAcquire("k", 60, 1)).as("one token left, not minus one").isZero();
      assertThat(b.tryAcquire("k", 60, 1)).isPositive();
    }
  }
}
