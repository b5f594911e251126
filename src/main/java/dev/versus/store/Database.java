package dev.versus.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection pool of one store and the transaction discipline around it.
 *
 * <p>SQLite allows one writer per file at a time. Writers in other processes wait through
 * {@code busy_timeout}; writers in this process take a lock per database file first (shared by
 * every store open on that file), so they queue in order instead of spinning on SQLITE_BUSY.
 * Write transactions begin {@code IMMEDIATE}, taking the file's write lock up front, so a
 * transaction never fails half way on a lock upgrade. WAL mode lets readers run alongside; with
 * {@code synchronous=NORMAL} a commit survives a crash of the process, though a power loss may
 * undo the last few.
 */
final class Database implements AutoCloseable {
  private static final ConcurrentHashMap<Path, ReentrantLock> SQLITE_WRITERS =
      new ConcurrentHashMap<>();
  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;
  private static final int FETCH_SIZE = 500;

  /** Work done on a borrowed connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final StoreLocation location;
  private final HikariDataSource pool;
  private final ReentrantLock writeLock;

  private Database(StoreLocation location, HikariDataSource pool, ReentrantLock writeLock) {
    this.location = location;
    this.pool = pool;
    this.writeLock = writeLock;
  }

  static Database connect(StoreLocation location) {
    Migrations.quietLogs();
    HikariConfig config = new HikariConfig();
    config.setPoolName("versus-store");
    config.setJdbcUrl(location.jdbcUrl());
    config.setConnectionTimeout(10_000);
    ReentrantLock writeLock = null;
    switch (location.vendor()) {
      case SQLITE -> {
        Path file = location.sqliteFile().orElseThrow();
        createParent(file);
        writeLock = SQLITE_WRITERS.computeIfAbsent(file, f -> new ReentrantLock(true));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MILLIS));
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      }
      case POSTGRESQL -> {
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(2);
        if (!location.user().isEmpty()) {
          config.setUsername(location.user());
        }
        if (!location.password().isEmpty()) {
          config.setPassword(location.password());
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "versus");
      }
    }
    // The pool opens its first connection here and the driver sets its pragmas (journal_mode=WAL
    // first) on it; one such open failed at once with SQLITE_BUSY in CI while other stores opened
    // the same new file. In this process opens now take the file's writer lock, as migrations do,
    // so they connect one at a time and never while another store on the file migrates.
    if (writeLock != null) {
      writeLock.lock();
    }
    try {
      return new Database(location, new HikariDataSource(config), writeLock);
    } catch (RuntimeException e) {
      throw new StoreException("could not connect to store " + location.redacted() + ": "
          + rootMessage(e), e);
    } finally {
      if (writeLock != null) {
        writeLock.unlock();
      }
    }
  }

  /**
   * The data source for migrations. On SQLite it is a separate, unpooled one whose transactions
   * begin DEFERRED: Flyway wraps even its read-only checks in transactions, and with the pool's
   * IMMEDIATE mode every open would wait for the write lock, so a store could not be opened (by
   * {@code versus serve}, say) while another process writes.
   */
  DataSource migrationDataSource() {
    if (location.vendor() == StoreLocation.Vendor.POSTGRESQL) {
      return pool;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(location.jdbcUrl());
    return dataSource;
  }

  StoreLocation location() {
    return location;
  }

  /** Runs {@code work} in auto-commit mode (single statements, reads). */
  <T> T read(String what, Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs {@code work} for a large result set: PostgreSQL only streams rows with a fetch size
   * inside a transaction, so this opens one (read-only work, rolled back at the end).
   */
  <T> T stream(String what, Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      if (location.vendor() == StoreLocation.Vendor.SQLITE) {
        return work.run(connection);
      }
      connection.setAutoCommit(false);
      try {
        return work.run(connection);
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
  <T> T write(String what, Work<T> work) {
    if (writeLock != null) {
      writeLock.lock();
    }
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    } finally {
      if (writeLock != null) {
        writeLock.unlock();
      }
    }
  }

  /**
   * Runs {@code work} holding this process's write lock on the SQLite file (no lock for
   * PostgreSQL), e.g. migrations, so that two stores opening one file do not race.
   */
  <T> T exclusively(Supplier<T> work) {
    if (writeLock == null) {
      return work.get();
    }
    writeLock.lock();
    try {
      return work.get();
    } finally {
      writeLock.unlock();
    }
  }

  static int fetchSize() {
    return FETCH_SIZE;
  }

  StoreException failure(String what, Exception e) {
    return new StoreException(
        "could not " + what + " in store " + location.redacted() + ": " + rootMessage(e), e);
  }

  @Override
  public void close() {
    pool.close();
  }

  private static void createParent(Path file) {
    Path parent = file.getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("could not create the folder " + parent + " for store file "
          + file.getFileName() + ": " + e, e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    String message = String.valueOf(e.getMessage());
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message;
  }
}
