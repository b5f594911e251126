package dev.versus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, in a temporary file per test. */
class SqliteStoreTest extends StoreContractTest {
  private final AtomicInteger files = new AtomicInteger();

  @TempDir Path dir;

  @Override
  Connection rawConnection(StoreLocation location) throws SQLException {
    return DriverManager.getConnection(location.jdbcUrl());
  }

  @Override
  String freshLocation() {
    return "sqlite:" + dir.resolve("nested/folder/versus-" + files.incrementAndGet() + ".db");
  }

  @Test
  void open_newFile_createsFoldersAndUsesWriteAheadLog() throws Exception {
    Store store = fresh();
    Path file = store.location().sqliteFile().orElseThrow();

    assertThat(file).exists();
    try (Connection c = DriverManager.getConnection(store.location().jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void open_plainPathAndJdbcUrl_reachTheSameFile() {
    Path file = dir.resolve("same.db");
    try (Store first = Store.open(file.toString())) {
      first.runs().create(Samples.run("r1", T0));
    }
    Store second = open("jdbc:sqlite:" + file);

    assertThat(second.runs().find("r1")).isPresent();
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void open_schemaFromANewerVersus_isAcceptedForRollingUpgrades() throws Exception {
    String location = freshLocation();
    try (Store first = Store.open(location)) {
      first.runs().create(Samples.run("r1", T0));
    }
    execute(location, "INSERT INTO flyway_schema_history (installed_rank, version, description,"
        + " type, script, checksum, installed_by, execution_time, success) VALUES"
        + " (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");

    Store older = open(location);

    assertThat(older.schemaVersion()).isEqualTo("99");
    assertThat(older.runs().find("r1")).isPresent();
  }

  @Test
  void open_appliedMigrationEditedAfterwards_throwsSayingSchemaDoesNotMatch() throws Exception {
    String location = freshLocation();
    Store.open(location).close();
    execute(location, "UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");

    assertThatThrownBy(() -> Store.open(location))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("does not match this version of versus")
        .hasMessageContaining("checksum");
  }

  private void execute(String location, String sql) throws SQLException {
    try (Connection c = rawConnection(StoreLocation.parse(location));
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void open_whileAnotherProcessIsWriting_succeeds() throws Exception {
    String location = freshLocation();
    try (Store first = Store.open(location)) {
      first.runs().create(Samples.run("r1", T0));
    }
    StoreLocation parsed = StoreLocation.parse(location);
    try (Connection other = DriverManager.getConnection(parsed.jdbcUrl());
        Statement s = other.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      s.execute("UPDATE runs SET title = 'being written' WHERE id = 'r1'");

      Store reader = open(location);

      assertThat(reader.runs().find("r1")).isPresent();
      s.execute("COMMIT");
    }
  }

  @Test
  void append_whileAnotherProcessHoldsTheWriteLock_waitsInsteadOfFailing() throws Exception {
    Store store = fresh();
    store.runs().create(Samples.run("r1", T0));
    List<RequestRow> rows = List.of(Samples.fullRequest("r1", 0), Samples.fullRequest("r1", 1));
    // A plain connection stands in for another process: it does not share this process's lock.
    try (Connection other = DriverManager.getConnection(store.location().jdbcUrl());
        Statement s = other.createStatement();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      s.execute("BEGIN IMMEDIATE");
      Future<?> append = pool.submit(() -> store.requests().append(rows));
      Thread.sleep(300); // without busy_timeout the append would fail within this time

      assertThat(append.isDone()).as("append waits for the other writer").isFalse();
      s.execute("COMMIT");
      append.get(30, TimeUnit.SECONDS);
    }

    assertThat(store.requests().count("r1")).isEqualTo(2);
  }
}
