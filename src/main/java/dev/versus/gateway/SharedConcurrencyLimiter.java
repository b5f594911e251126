package dev.versus.gateway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A backend's concurrency cap shared by every gateway replica through PostgreSQL (DESIGN §10).
 *
 * <p>The cap is {@code capacity} rows of {@code limiter_leases}, one per slot. Taking a slot is one
 * {@code UPDATE … WHERE slot = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING slot}: the row lock
 * makes each slot go to one request, so the replicas together never hold more than the cap. A held
 * slot is a lease with an expiry that its replica renews every {@link LeaseSettings#renewEvery()}
 * for as long as the request holds it; when a replica dies, or fails to give a slot back, the slot
 * comes back after {@link LeaseSettings#ttl()}.
 * Leases were chosen over PostgreSQL advisory locks because an advisory lock lives as long as its
 * session: each held slot would pin a pooled connection for the whole (often minutes-long,
 * streaming) request, so a cap of 64 would need 64 connections per replica, whereas a lease needs
 * a connection only to take and to give back the slot. The price is the expiry: a replica cut off
 * from the database for longer than the ttl may find its slots given away while its requests run.
 *
 * <p>Waiting has the local limiter's semantics: at most {@code queue} requests of this replica wait,
 * each at most {@code queueTimeout}; beyond that the answer is an immediate {@link
 * Admission.Rejected}. Only the first waiter of a replica asks the database (every
 * {@link LeaseSettings#pollEvery()}, or at once when this replica releases a slot), so a burst does
 * not turn into a storm of queries. When the database cannot be reached, requests are rejected (the
 * cap protects the backend, so it fails closed) and the reason says so.
 *
 * <p>PostgreSQL only. Thread-safe. {@link #close()} stops renewing and frees this replica's leases:
 * call it after the requests holding them have ended.
 */
public final class SharedConcurrencyLimiter implements ConcurrencyLimiter, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(SharedConcurrencyLimiter.class.getName());
  private static final String CREATE_SLOTS = "INSERT INTO limiter_leases (limiter, slot)"
      + " SELECT ?, s FROM generate_series(0, ? - 1) AS s ON CONFLICT DO NOTHING";
  private static final String TAKE = "UPDATE limiter_leases SET owner = ?, lease = ?, expires_us = ?"
      + " WHERE limiter = ? AND slot = (SELECT slot FROM limiter_leases"
      + "   WHERE limiter = ? AND slot < ? AND (lease IS NULL OR expires_us <= ?)"
      + "   ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED)"
      + " AND (lease IS NULL OR expires_us <= ?) RETURNING slot";
  private static final String GIVE_BACK = "UPDATE limiter_leases"
      + " SET owner = NULL, lease = NULL, expires_us = NULL WHERE limiter = ? AND slot = ? AND lease = ?";
  private static final String RENEW =
      "UPDATE limiter_leases SET expires_us = ? WHERE limiter = ? AND lease = ANY (?)";
  private static final String FREE_ALL = "UPDATE limiter_leases"
      + " SET owner = NULL, lease = NULL, expires_us = NULL WHERE owner = ?";

  private final DataSource db;
  private final String name;
  private final int capacity;
  private final int queue;
  private final Duration queueTimeout;
  private final LeaseSettings lease;
  private final Clock clock;
  private final String owner = UUID.randomUUID().toString();
  private final AtomicLong leases = new AtomicLong();
  private final Semaphore turn = new Semaphore(1, true);
  private final Semaphore released = new Semaphore(0);
  private final AtomicInteger waiting = new AtomicInteger();
  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread renewer;

  private SharedConcurrencyLimiter(DataSource db, String name, int capacity, int queue,
      Duration queueTimeout, LeaseSettings lease, Clock clock) {
    this.db = db;
    this.name = name;
    this.capacity = capacity;
    this.queue = queue;
    this.queueTimeout = queueTimeout;
    this.lease = lease;
    this.clock = clock;
    this.renewer = Thread.ofVirtual().name("versus-lease-renewer-" + name).unstarted(this::renewLoop);
  }

  /**
   * Joins (creating if needed) the shared cap {@code name} in the database and starts renewing.
   *
   * @param db a pool on the PostgreSQL store, schema migrated (the caller keeps owning it)
   * @param name the cap's name, the same on every replica (e.g. the backend's name)
   * @param capacity slots in total across replicas, 1 or more; replicas must agree on it
   * @param queue requests of this replica that may wait for a slot
   * @param queueTimeout longest wait for a slot
   * @param clock wall clock for lease expiry (replicas' clocks must agree within the ttl margin)
   * @throws IllegalStateException when the database cannot be reached
   */
  public static SharedConcurrencyLimiter create(DataSource db, String name, int capacity,
      int queue, Duration queueTimeout, LeaseSettings lease, Clock clock) {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queueTimeout, "queueTimeout");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(clock, "clock");
    if (capacity < 1 || queue < 0) {
      throw new IllegalArgumentException("a shared cap needs capacity >= 1 and queue >= 0");
    }
    SharedConcurrencyLimiter limiter =
        new SharedConcurrencyLimiter(db, name, capacity, queue, queueTimeout, lease, clock);
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(CREATE_SLOTS)) {
      ps.setString(1, name);
      ps.setInt(2, capacity);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not set up the shared cap '" + name + "': " + e.getMessage(), e);
    }
    limiter.renewer.start();
    return limiter;
  }

  @Override
  public Admission acquire() {
    long deadline = System.nanoTime() + queueTimeout.toNanos();
    try {
      if (waiting.get() == 0) {
        Optional<Held> held = take();
        if (held.isPresent()) {
          return granted(held.get());
        }
      }
      if (waiting.incrementAndGet() > queue) {
        waiting.decrementAndGet();
        return new Admission.Rejected("queue full (" + capacity + " running across replicas, "
            + queue + " waiting here)", Duration.ofSeconds(1));
      }
      try {
        return awaitSlot(deadline);
      } finally {
        waiting.decrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Admission.Rejected("interrupted while waiting for a slot", Duration.ZERO);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "shared cap '" + name + "' unavailable", e);
      return new Admission.Rejected("shared concurrency cap '" + name
          + "' unavailable (database: " + e.getMessage() + ")", Duration.ofSeconds(1));
    }
  }

  private Admission awaitSlot(long deadline) throws InterruptedException, SQLException {
    if (!turn.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      return timedOut();
    }
    try {
      while (true) {
        Optional<Held> held = take();
        if (held.isPresent()) {
          return granted(held.get());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return timedOut();
        }
        if (released.tryAcquire(Math.min(left, lease.pollEvery().toNanos()), TimeUnit.NANOSECONDS)) {
          released.drainPermits();
        }
      }
    } finally {
      turn.release();
    }
  }

  private Admission timedOut() {
    return new Admission.Rejected(
        "waited " + queueTimeout.toMillis() + " ms for a slot", Duration.ofSeconds(1));
  }

  private Optional<Held> take() throws SQLException {
    long now = nowMicros();
    String id = owner + ":" + leases.incrementAndGet();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(TAKE)) {
      ps.setString(1, owner);
      ps.setString(2, id);
      ps.setLong(3, now + lease.ttl().toNanos() / 1000);
      ps.setString(4, name);
      ps.setString(5, name);
      ps.setInt(6, capacity);
      ps.setLong(7, now);
      ps.setLong(8, now);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Held(rs.getInt(1), id)) : Optional.empty();
      }
    }
  }

  /** One slot taken in the database: which one, and the lease id that proves it is ours. */
  private record Held(int slot, String lease) {}

  private Admission granted(Held held) {
    this.held.add(held.lease());
    AtomicBoolean done = new AtomicBoolean();
    return new Admission.Granted(() -> {
      if (done.compareAndSet(false, true)) {
        this.held.remove(held.lease());
        try {
          giveBack(held);
        } finally {
          released.release();
        }
      }
    });
  }

  private void giveBack(Held held) {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(GIVE_BACK)) {
      ps.setString(1, name);
      ps.setInt(2, held.slot());
      ps.setString(3, held.lease());
      ps.executeUpdate();
    } catch (SQLException e) {
      // No longer renewed (it left the held set first), so the slot comes back at its expiry.
      LOG.log(Level.WARNING, "could not give back slot " + held.slot() + " of shared cap '"
          + name + "'; it returns when its lease expires", e);
    }
  }

  /** Extends every lease this replica holds; runs every {@link LeaseSettings#renewEvery()}. */
  void renewNow() {
    Object[] leases = held.toArray();
    if (leases.length == 0) {
      return;
    }
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(RENEW)) {
      ps.setLong(1, nowMicros() + lease.ttl().toNanos() / 1000);
      ps.setString(2, name);
      ps.setArray(3, c.createArrayOf("text", leases));
      ps.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "could not renew the leases of shared cap '" + name + "'", e);
    }
  }

  private void renewLoop() {
    try {
      while (!closed.get()) {
        Thread.sleep(lease.renewEvery());
        renewNow();
      }
    } catch (InterruptedException e) {
      // closing
    }
  }

  private long nowMicros() {
    Instant now = clock.instant();
    return ChronoUnit.MICROS.between(Instant.EPOCH, now);
  }

  /** Requests of this replica holding a slot now. */
  @Override
  public int inFlight() {
    return held.size();
  }

  /** Requests of this replica waiting for a slot now. */
  @Override
  public int waiting() {
    return waiting.get();
  }

  /** The cap across all replicas. */
  @Override
  public int capacity() {
    return capacity;
  }

  /** Stops renewing and frees this replica's leases. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    renewer.interrupt();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(FREE_ALL)) {
      ps.setString(1, owner);
      ps.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "could not free the leases of shared cap '" + name
          + "' on close; they return when they expire", e);
    }
  }
}
