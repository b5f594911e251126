package dev.versus.store;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Brings a database to the latest schema with Flyway. One set of SQL scripts
 * ({@code db/migration/V*__*.sql}) serves both vendors; the few type differences are Flyway
 * placeholders filled in here. Flyway was kept over Liquibase because its core module handles
 * SQLite and plain SQL scripts stay readable.
 *
 * <p>A schema newer than this code (applied by a newer versus) is accepted, Flyway's default for
 * "future" migrations, so that gateway replicas can be upgraded one at a time; migrations must
 * therefore only add (tables, nullable columns, indexes), never rename or drop. An applied
 * migration whose script has changed is refused.
 *
 * <p>Flyway and HikariCP log through java.util.logging here (HikariCP via slf4j-jdk14); their
 * per-open and per-close INFO lines would clutter the CLI's output, so only their warnings are kept.
 */
final class Migrations {
  // Held in a field: java.util.logging keeps loggers weakly, and a new one forgets the level.
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
  private static final Logger HIKARI_LOG = Logger.getLogger("com.zaxxer.hikari");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
    HIKARI_LOG.setLevel(Level.WARNING);
  }

  private Migrations() {}

  /** Applies the log levels above; call before the first pool or migration is created. */
  static void quietLogs() {
    // the static initialiser has run by the time this returns
  }

  /** Migrates and returns the schema version now applied, e.g. {@code "1"}. */
  static String migrate(Database database) {
    StoreLocation.Vendor vendor = database.location().vendor();
    Map<String, String> placeholders = switch (vendor) {
      case SQLITE -> Map.of("row_id", "INTEGER PRIMARY KEY AUTOINCREMENT", "bytes", "BLOB");
      case POSTGRESQL ->
          Map.of("row_id", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "bytes", "BYTEA");
    };
    try {
      Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(database.migrationDataSource())
          .locations("classpath:db/migration")
          .placeholders(placeholders)
          .load();
      // When nothing is pending, only read: migrate() takes a write lock even then, and a store
      // opened (e.g. by `versus serve`) while another process writes must not wait for it.
      if (flyway.info().pending().length > 0) {
        flyway.migrate();
      } else {
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful) {
          throw new StoreException("the schema of store " + database.location().redacted()
              + " does not match this version of versus: " + validation.getAllErrorMessages());
        }
      }
      MigrationInfo current = flyway.info().current();
      if (current == null) {
        throw new StoreException("store " + database.location().redacted()
            + " has no schema version after migration");
      }
      return current.getVersion().getVersion();
    } catch (FlywayException e) {
      throw new StoreException("could not migrate the schema of store "
          + database.location().redacted() + ": " + Database.rootMessage(e), e);
    }
  }
}
