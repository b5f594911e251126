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
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Per-key rate limits shared by every gateway replica through PostgreSQL: one token bucket row per
 * key in {@code rate_buckets}, holding one minute's allowance and refilling continuously, like
 * {@link RateLimiter} in one process.
 *
 * <p>A grant is one atomic statement: an upsert whose {@code ON CONFLICT DO UPDATE} locks the row,
 * refills it for the time since its last use, and takes {@code amount} only if that many are there
 * ({@code WHERE}); no row back means no room. Refill time never runs backwards when replicas'
 * clocks differ slightly (the row keeps the latest time seen). When the database cannot be reached
 * the answer is a one-second wait (fail closed) and a logged warning. PostgreSQL only; thread-safe.
 */
public final class SharedRateLimiter {
  private static final Logger LOG = Logger.getLogger(SharedRateLimiter.class.getName());
  private static final double MINUTE_MICROS = 60_000_000.0;
  private static final String TAKE = "INSERT INTO rate_buckets AS b (bucket, tokens, updated_us)"
      + " VALUES (?, ?, ?) ON CONFLICT (bucket) DO UPDATE"
      + " SET tokens = LEAST(?, b.tokens + GREATEST(0, EXCLUDED.updated_us - b.updated_us) * ?) - ?,"
      + "     updated_us = GREATEST(b.updated_us, EXCLUDED.updated_us)"
      + " WHERE LEAST(?, b.tokens + GREATEST(0, EXCLUDED.updated_us - b.updated_us) * ?) >= ?"
      + " RETURNING tokens";
  private static final String READ = "SELECT tokens, updated_us FROM rate_buckets WHERE bucket = ?";

  private final DataSource db;
  private final Clock clock;

  /**
   * @param db a pool on the PostgreSQL store, schema migrated (the caller keeps owning it)
   * @param clock wall clock for refills
   */
  public SharedRateLimiter(DataSource db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Takes {@code amount} from the bucket {@code key} (created full on first use), or says how long
   * to wait.
   *
   * @param key the bucket, the same on every replica, e.g. {@code "key:team-a:requests"}
   * @param perMinute the bucket's size and refill per minute; 0 = no limit
   * @param amount how much to take (1 for a request; capped at {@code perMinute})
   * @return {@link Duration#ZERO} when granted, otherwise the wait until enough has refilled
   */
  public Duration tryAcquire(String key, int perMinute, int amount) {
    Objects.requireNonNull(key, "key");
    if (perMinute <= 0 || amount <= 0) {
      return Duration.ZERO;
    }
    double need = Math.min(amount, perMinute);
    double perMicro = perMinute / MINUTE_MICROS;
    long now = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
    try (Connection c = db.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(TAKE)) {
        ps.setString(1, key);
        ps.setDouble(2, perMinute - need);
        ps.setLong(3, now);
        ps.setDouble(4, perMinute);
        ps.setDouble(5, perMicro);
        ps.setDouble(6, need);
        ps.setDouble(7, perMinute);
        ps.setDouble(8, perMicro);
        ps.setDouble(9, need);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return Duration.ZERO;
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(READ)) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          double tokens = 0;
          if (rs.next()) {
            tokens = Math.min(perMinute,
                rs.getDouble(1) + Math.max(0, now - rs.getLong(2)) * perMicro);
          }
          double waitMicros = Math.max(1, (need - tokens) / perMicro);
          return Duration.ofNanos((long) Math.ceil(waitMicros * 1000));
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "shared rate limit '" + key + "' unavailable", e);
      return Duration.ofSeconds(1);
    }
  }
}
