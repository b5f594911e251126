package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two limiter instances on separate connection pools, as two gateway replicas would have, against
 * a real (embedded) PostgreSQL.
 */
class SharedConcurrencyLimiterTest {
  private static final LeaseSettings FAST_POLL =
      new LeaseSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(5));
  /** Renews so rarely that, within a test, the holder behaves like a crashed replica. */
  private static final LeaseSettings NEVER_RENEWS =
      new LeaseSettings(Duration.ofHours(3), Duration.ofHours(1), Duration.ofMillis(5));

  @Test
  void acquire_burstOf500OverTwoReplicasWithCap64_neverHoldsMoreThan64Together() throws Exception {
    SharedLimitsDb db = SharedLimitsDb.fresh();
    try (HikariDataSource poolA = db.replicaPool("replica-a", 8);
        HikariDataSource poolB = db.replicaPool("replica-b", 8);
        SharedConcurrencyLimiter a = SharedConcurrencyLimiter.create(
            poolA, "maverick", 64, 500, Duration.ofSeconds(60), FAST_POLL, Clock.systemUTC());
        SharedConcurrencyLimiter b = SharedConcurrencyLimiter.create(
            poolB, "maverick", 64, 500, Duration.ofSeconds(60), FAST_POLL, Clock.systemUTC());
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      AtomicInteger holding = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      AtomicInteger grantedA = new AtomicInteger();
      AtomicInteger grantedB = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        boolean onA = i % 2 == 0;
        results.add(threads.submit(() -> {
          go.await();
          Admission admission = (onA ? a : b).acquire();
          if (!(admission instanceof Admission.Granted granted)) {
            return false;
          }
          try {
            most.accumulateAndGet(holding.incrementAndGet(), Math::max);
            (onA ? grantedA : grantedB).incrementAndGet();
            Thread.sleep(100); // long enough for the cap to fill even on a busy machine
          } finally {
            holding.decrementAndGet();
            granted.permit().release();
          }
          return true;
        }));
      }
      go.countDown();
      int granted = 0;
      for (Future<Boolean> r : results) {
        granted += r.get(120, TimeUnit.SECONDS) ? 1 : 0;
      }

      System.out.println("shared cap 64, burst of 500 over two replicas: peak held " + most.get()
          + ", granted " + grantedA.get() + " + " + grantedB.get());
      assertThat(granted).as("every request got a slot within the queue timeout").isEqualTo(500);
      assertThat(most.get()).as("slots held at once across both replicas").isLessThanOrEqualTo(64);
      assertThat(most.get()).as("the burst did fill the cap").isGreaterThan(32);
      assertThat(grantedA.get()).isEqualTo(250);
      assertThat(grantedB.get()).isEqualTo(250);
      assertThat(db.held("maverick")).as("all given back").isZero();
      assertThat(a.inFlight() + b.inFlight()).isZero();
    }
  }

  @Test
  void acquire_holderCrashed_itsSlotsComeBackWhenTheLeasesExpire() throws Exception {
    SharedLimitsDb db = SharedLimitsDb.fresh();
    SharedLimitsDb.ManualClock clock = new SharedLimitsDb.ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    try (HikariDataSource poolA = db.replicaPool("crashed", 2);
        HikariDataSource poolB = db.replicaPool("survivor", 2);
        SharedConcurrencyLimiter crashed = SharedConcurrencyLimiter.create(
            poolA, "flash", 2, 0, Duration.ZERO, NEVER_RENEWS, clock);
        SharedConcurrencyLimiter survivor = SharedConcurrencyLimiter.create(
            poolB, "flash", 2, 0, Duration.ZERO, NEVER_RENEWS, clock)) {
      assertThat(crashed.acquire()).isInstanceOf(Admission.Granted.class);
      assertThat(crashed.acquire()).isInstanceOf(Admission.Granted.class);
      // the holder now "crashes": it never releases and never renews

      assertThat(survivor.acquire()).isInstanceOf(Admission.Rejected.class);
      clock.advance(Duration.ofHours(3).minusSeconds(1));
      assertThat(survivor.acquire()).as("leases still valid").isInstanceOf(Admission.Rejected.class);
      clock.advance(Duration.ofSeconds(1));
      Admission first = survivor.acquire();
      Admission second = survivor.acquire();

      assertThat(first).isInstanceOf(Admission.Granted.class);
      assertThat(second).isInstanceOf(Admission.Granted.class);
      assertThat(survivor.acquire()).as("still capped at 2").isInstanceOf(Admission.Rejected.class);
    }
  }

  @Test
  void renewNow_keepsALongHeldSlot_andAStaleReleaseDoesNotFreeANewHolder() throws Exception {
    SharedLimitsDb db = SharedLimitsDb.fresh();
    SharedLimitsDb.ManualClock clock = new SharedLimitsDb.ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    try (HikariDataSource poolA = db.replicaPool("a", 2);
        HikariDataSource poolB = db.replicaPool("b", 2);
        SharedConcurrencyLimiter a = SharedConcurrencyLimiter.create(
            poolA, "cap1", 1, 0, Duration.ZERO, NEVER_RENEWS, clock);
        SharedConcurrencyLimiter b = SharedConcurrencyLimiter.create(
            poolB, "cap1", 1, 0, Duration.ZERO, NEVER_RENEWS, clock)) {
      Admission.Granted held = (Admission.Granted) a.acquire();
      clock.advance(Duration.ofHours(2));
      a.renewNow();
      clock.advance(Duration.ofHours(2));
      assertThat(b.acquire()).as("renewed, so still held").isInstanceOf(Admission.Rejected.class);

      clock.advance(Duration.ofHours(2));
      Admission.Granted taken = (Admission.Granted) b.acquire();
      held.permit().release(); // a's stale release of a lease that expired and went to b

      assertThat(db.held("cap1")).isEqualTo(1);
      assertThat(a.acquire()).as("b still holds the only slot").isInstanceOf(Admission.Rejected.class);
      taken.permit().release();
      assertThat(a.acquire()).isInstanceOf(Admission.Granted.class);
    }
  }

  @Test
  void acquire_queueFull_rejectsAtOnce_andQueueTimeout_rejectsAfterWaiting() throws Exception {
    SharedLimitsDb db = SharedLimitsDb.fresh();
    try (HikariDataSource pool = db.replicaPool("one", 4);
        SharedConcurrencyLimiter limiter = SharedConcurrencyLimiter.create(
            pool, "small", 1, 1, Duration.ofMillis(300), FAST_POLL, Clock.systemUTC());
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Admission.Granted holder = (Admission.Granted) limiter.acquire();
      Future<Admission> waiter = threads.submit(limiter::acquire);
      while (limiter.waiting() == 0) {
        Thread.sleep(1);
      }

      long start = System.nanoTime();
      Admission overflow = limiter.acquire();
      long overflowMillis = (System.nanoTime() - start) / 1_000_000;
      Admission waited = waiter.get(10, TimeUnit.SECONDS);

      assertThat(overflow).isInstanceOfSatisfying(Admission.Rejected.class,
          r -> assertThat(r.reason()).contains("queue full"));
      assertThat(overflowMillis).as("rejected without waiting (generous bound)").isLessThan(250);
      assertThat(waited).isInstanceOfSatisfying(Admission.Rejected.class,
          r -> assertThat(r.reason()).contains("waited 300 ms"));
      holder.permit().release();
      Admission after = limiter.acquire();
      assertThat(after).isInstanceOf(Admission.Granted.class);
      ((Admission.Granted) after).permit().release();
    }
  }

  @Test
  void acquire_waiterIsWokenByALocalRelease() throws Exception {
    SharedLimitsDb db = SharedLimitsDb.fresh();
    LeaseSettings slowPoll = new LeaseSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(20));
    try (HikariDataSource pool = db.replicaPool("one", 4);
        SharedConcurrencyLimiter limiter = SharedConcurrencyLimiter.create(
            pool, "wake", 1, 4, Duration.ofSeconds(30), slowPoll, Clock.systemUTC());
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Admission.Granted holder = (Admission.Granted) limiter.acquire();
      Future<Admission> waiter = threads.submit(limiter::acquire);
      while (limiter.waiting() == 0) {
        Thread.sleep(1);
      }
      Thread.sleep(50); // let it reach its (20 s) poll wait

      holder.permit().release();

      assertThat(waiter.get(5, TimeUnit.SECONDS)).as("woken well before the next poll")
          .isInstanceOf(Admission.Granted.class);
    }
  }

  @Test
  void create_capOfZero_isRefused() {
    assertThatThrownBy(() -> SharedConcurrencyLimiter.create(
        new org.sqlite.SQLiteDataSource(), "x", 0, 1, Duration.ZERO, FAST_POLL, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
