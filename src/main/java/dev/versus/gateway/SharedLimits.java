package dev.versus.gateway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.versus.store.Store;
import dev.versus.store.StoreLocation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A gateway replica's connection to the limits it shares with the other replicas (DESIGN §10): a
 * small connection pool on the shared PostgreSQL database, and the concurrency caps made on it.
 * Closing it frees this replica's slots and closes the pool; close it after the server.
 */
public final class SharedLimits implements AutoCloseable {
  private static final int POOL_SIZE = 8;

  private final HikariDataSource pool;
  private final LeaseSettings lease;
  private final Clock clock;
  private final List<SharedConcurrencyLimiter> made = new ArrayList<>();

  private SharedLimits(HikariDataSource pool, LeaseSettings lease, Clock clock) {
    this.pool = pool;
    this.lease = lease;
    this.clock = clock;
  }

  /**
   * Connects to the shared database, bringing its schema up to date first.
   *
   * @param location a PostgreSQL store location (user and password as {@link StoreLocation} takes
   *     them, e.g. from {@code VERSUS_STORE_USER} / {@code VERSUS_STORE_PASSWORD})
   * @param clock wall clock for lease expiry
   * @throws IllegalArgumentException when the location is not PostgreSQL
   * @throws dev.versus.store.StoreException when the database cannot be reached or migrated
   */
  public static SharedLimits open(StoreLocation location, LeaseSettings lease, Clock clock) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(clock, "clock");
    if (location.vendor() != StoreLocation.Vendor.POSTGRESQL) {
      throw new IllegalArgumentException("shared limits need PostgreSQL, got " + location.redacted());
    }
    Store.open(location).close(); // applies the migrations that create the limits' tables
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.jdbcUrl());
    if (!location.user().isEmpty()) {
      config.setUsername(location.user());
    }
    if (!location.password().isEmpty()) {
      config.setPassword(location.password());
    }
    config.setPoolName("versus-shared-limits");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(5_000);
    return new SharedLimits(new HikariDataSource(config), lease, clock);
  }

  /**
   * The cap of a backend: shared when it has one ({@code max-concurrency} above 0), otherwise an
   * unlimited local limiter. Replicas must agree on the backend's name and cap.
   */
  public synchronized ConcurrencyLimiter limiter(BackendConfig backend) {
    if (backend.maxConcurrency() == 0) {
      return ConcurrencyLimiter.local(0, backend.queue(), backend.queueTimeout());
    }
    SharedConcurrencyLimiter limiter = SharedConcurrencyLimiter.create(pool,
        "backend:" + backend.name(), backend.maxConcurrency(), backend.queue(),
        backend.queueTimeout(), lease, clock);
    made.add(limiter);
    return limiter;
  }

  /**
   * A backend's requests-per-minute and tokens-per-minute limits as two shared buckets. The two
   * are taken one after the other, not atomically: a request refused for tokens has still used
   * its request, which errs on the side of the backend's quota.
   */
  BackendRate rate(BackendConfig backend) {
    SharedRateLimiter buckets = rateLimiter();
    String prefix = "backend:" + backend.name();
    return tokens -> {
      Duration wait = buckets.tryAcquire(prefix + ":requests", backend.requestsPerMinute(), 1);
      return wait.isZero()
          ? buckets.tryAcquire(prefix + ":tokens", backend.tokensPerMinute(), tokens)
          : wait;
    };
  }

  /** Per-key rate limits on the same database. */
  public SharedRateLimiter rateLimiter() {
    return new SharedRateLimiter(pool, clock);
  }

  @Override
  public synchronized void close() {
    try {
      made.forEach(SharedConcurrencyLimiter::close);
    } finally {
      pool.close();
    }
  }
}
