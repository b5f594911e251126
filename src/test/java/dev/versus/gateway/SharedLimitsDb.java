package dev.versus.gateway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.versus.store.EmbeddedPostgresHolder;
import dev.versus.store.Store;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A fresh embedded PostgreSQL database with the versus schema, and pools on it as replicas. */
final class SharedLimitsDb {
  final String url;

  private SharedLimitsDb(String url) {
    this.url = url;
  }

  /** A new database, migrated by opening it as a store (skips the test when PostgreSQL cannot start). */
  static SharedLimitsDb fresh() {
    String url = EmbeddedPostgresHolder.freshDatabaseUrl();
    Store.open(url).close();
    return new SharedLimitsDb(url);
  }

  /** A separate connection pool, as one gateway replica would have. */
  HikariDataSource replicaPool(String name, int connections) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName(name);
    config.setMaximumPoolSize(connections);
    config.setConnectionTimeout(Duration.ofSeconds(20).toMillis());
    return new HikariDataSource(config);
  }

  /** Slots of cap {@code limiter} held now (unexpired leases at {@code nowMicros}). */
  long held(String limiter) throws SQLException {
    try (HikariDataSource pool = replicaPool("count", 1);
        Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT count(*) FROM limiter_leases WHERE lease IS NOT NULL AND limiter = '" + limiter + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A wall clock the test moves by hand. */
  static final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;

    ManualClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("UTC only");
    }
  }
}
