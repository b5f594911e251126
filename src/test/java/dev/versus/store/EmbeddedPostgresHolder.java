package dev.versus.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server per test JVM, started on first use and shared by every test
 * class; each test gets a fresh database on it. When the server cannot start, tests that need it
 * are skipped through an assumption that says why, never passed silently.
 */
public final class EmbeddedPostgresHolder {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static String failure;

  private EmbeddedPostgresHolder() {}

  /** The JDBC URL (user {@code postgres}, no password) of a new, empty database. */
  public static String freshDatabaseUrl() {
    EmbeddedPostgres pg = server();
    String name = "versus_test_" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return pg.getJdbcUrl("postgres", name);
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null && failure == null) {
      try {
        // Durability is not under test: skipping fsync keeps commit-heavy tests fast.
        server = EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setPGStartupWait(Duration.ofSeconds(60)) // the build machine is often busy
            .start();
        EmbeddedPostgres started = server;
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
          try {
            started.close();
          } catch (Exception ignored) {
            // the JVM is exiting; the server's temp folder is removed by its own hook
          }
        }));
      } catch (Exception | LinkageError e) {
        failure = e.toString();
      }
    }
    assumeTrue(server != null,
        () -> "PostgreSQL store tests skipped: embedded PostgreSQL could not start: " + failure);
    return server;
  }
}
