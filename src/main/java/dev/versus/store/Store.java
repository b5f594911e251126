package dev.versus.store;

import java.nio.file.Path;

/**
 * The versus store: one schema of runs, per-request records, eval results, gateway logs and
 * histogram intervals, on SQLite (default) or PostgreSQL, migrated to the latest schema version
 * when opened.
 *
 * <p>Migrations are Flyway SQL scripts under {@code db/migration} (Flyway's core module supports
 * SQLite itself; {@code flyway-database-postgresql} adds PostgreSQL). SQLite runs in WAL mode
 * with a busy timeout, and writers to the same file within one process are serialised, so
 * concurrent writers neither fail nor lose rows; PostgreSQL uses a HikariCP pool.
 *
 * <p>A store is thread-safe; share one per process and close it at exit. Unexpected database
 * failures throw {@link StoreException}.
 */
public interface Store extends AutoCloseable {

  /**
   * Opens (creating and migrating as needed) the store at {@code location}: a file path,
   * {@code sqlite:PATH}, {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://HOST[:PORT]/DB}.
   *
   * @throws StoreException if the location is malformed, unreachable or cannot be migrated
   */
  static Store open(String location) {
    return open(StoreLocation.parse(location));
  }

  /** Opens (creating and migrating as needed) the store at {@code location}. */
  static Store open(StoreLocation location) {
    return JdbcStore.open(location);
  }

  /**
   * Opens the default store: env {@value StoreLocation#ENV_LOCATION} if set, else
   * {@code $XDG_DATA_HOME/versus/versus.db}, else {@code ~/.local/share/versus/versus.db}.
   */
  static Store openDefault() {
    return open(StoreLocation.defaultLocation(
        System.getenv(), Path.of(System.getProperty("user.home"))));
  }

  /** Where this store lives. */
  StoreLocation location();

  /** The schema version after migration, e.g. {@code "1"}. */
  String schemaVersion();

  /** The runs. */
  Runs runs();

  /** The per-request performance records. */
  RequestRecords requests();

  /** The eval results. */
  EvalResults evalResults();

  /** The gateway logs. */
  GatewayLogs gatewayLogs();

  /** The HdrHistogram interval logs. */
  HistogramIntervals histogramIntervals();

  /** Closes the connection pool; the store must not be used afterwards. */
  @Override
  void close();
}
