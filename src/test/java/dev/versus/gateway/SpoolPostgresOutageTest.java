package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.store.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: stop PostgreSQL in the middle of a load, start it again, and find
 * every request logged exactly once. The embedded server runs on a fixed data directory and port
 * so that it can be stopped and started again with its data; it is skipped (never passed) when
 * the embedded server cannot start on this machine.
 */
class SpoolPostgresOutageTest {
  private static final int WRITERS = 4;
  private static final int ROWS_PER_WRITER = 150;
  private static final int TOTAL = WRITERS * ROWS_PER_WRITER;

  @TempDir Path dir;

  @Test
  void append_postgresStoppedMidLoadAndRestarted_everyRequestLoggedExactlyOnce() throws Exception {
    Path data = dir.resolve("pgdata");
    int port = freePort();
    EmbeddedPostgres pg = start(data, port);
    String url = pg.getJdbcUrl("postgres", "postgres");
    AtomicInteger appended = new AtomicInteger();
    CountDownLatch stopped = new CountDownLatch(1);
    SpoolConfig config = SpoolConfig.defaults(dir.resolve("spool"))
        .withShipInterval(Duration.ofMillis(20))
        .withBatchRows(25)
        .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400))
        .withCloseTimeout(Duration.ofSeconds(5));
    try (Store store = Store.open(url);
        SpoolingInteractionLog log = SpoolingInteractionLog.open(config, store,
            SpoolingInteractionLog.Sleeper.system())) {
      List<Future<?>> writers = new ArrayList<>();
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          writers.add(pool.submit(() -> {
            for (int i = 0; i < ROWS_PER_WRITER; i++) {
              log.append(LogRows.row("w" + writer + "-" + i, writer * ROWS_PER_WRITER + i));
              if (appended.incrementAndGet() == TOTAL / 3) {
                stopped.countDown();
              }
              if (i == ROWS_PER_WRITER / 2) {
                // keep half of the load for after the stop
                stopped.await(60, TimeUnit.SECONDS);
              }
              Thread.sleep(2);
            }
            return null;
          }));
        }
        assertThat(stopped.await(60, TimeUnit.SECONDS)).isTrue();
        pg.close(); // pg_ctl stop -m fast: clients are cut off mid-transaction
        for (Future<?> f : writers) {
          f.get(60, TimeUnit.SECONDS);
        }
      }
      assertThat(appended.get()).isEqualTo(TOTAL);
      Thread.sleep(300); // let the shipper hit the dead server
      long pendingDuringOutage = log.pending();
      assertThat(pendingDuringOutage).as("rows wait in the spool while PostgreSQL is down")
          .isPositive();
      assertThat(log.stats().storeHealthy()).isFalse();

      pg = start(data, port);
      assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(90)))
          .as("pending returns to 0 once PostgreSQL is back").isTrue();
      assertThat(log.stats().storeFailures()).isPositive();
      assertThat(log.stats().droppedRows()).isZero();
      System.out.println("outage test: " + pendingDuringOutage + " of " + TOTAL
          + " rows waited in the spool; " + log.stats().storeFailures() + " failed attempts");
    } finally {
      pg.close();
    }
    pg = start(data, port);
    try {
      Map<String, Integer> counts = countsById(pg);
      assertThat(counts).hasSize(TOTAL);
      assertThat(counts.values()).allMatch(n -> n == 1);
      // Order survives the outage: each writer's rows were committed in the order it appended
      // them (a later row never in an earlier transaction; xmin is the inserting transaction).
      Map<String, Long> xmin = transactionIds(pg);
      for (int w = 0; w < WRITERS; w++) {
        for (int i = 0; i < ROWS_PER_WRITER; i++) {
          assertThat(counts).containsKey("w" + w + "-" + i);
          if (i > 0) {
            assertThat(xmin.get("w" + w + "-" + i))
                .as("row w%d-%d is not committed before w%d-%d", w, i, w, i - 1)
                .isGreaterThanOrEqualTo(xmin.get("w" + w + "-" + (i - 1)));
          }
        }
      }
    } finally {
      pg.close();
    }
  }

  @Test
  void open_postgresStoreAfterRestartWithUnshippedRows_roundTripsEveryFieldOnce() throws Exception {
    EmbeddedPostgres pg = start(dir.resolve("pgdata"), freePort());
    String url = pg.getJdbcUrl("postgres", "postgres");
    SpoolConfig config = SpoolConfig.defaults(dir.resolve("spool"))
        .withShipInterval(Duration.ofMillis(10))
        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
        .withCloseTimeout(Duration.ofMillis(300));
    List<dev.versus.store.GatewayLogRow> rows = LogRows.rows("pg", 80);
    try {
      try (SpoolingInteractionLog down = SpoolingInteractionLog.open(config, () -> {
        throw new dev.versus.store.StoreException("not yet (test)");
      }, SpoolingInteractionLog.Sleeper.system())) {
        rows.subList(0, 50).forEach(down::append);
      }
      try (Store store = Store.open(url);
          SpoolingInteractionLog up = SpoolingInteractionLog.open(config, store,
              SpoolingInteractionLog.Sleeper.system())) {
        rows.subList(50, 80).forEach(up::append);
        assertThat(LogRows.await(() -> up.pending() == 0, Duration.ofSeconds(60))).isTrue();
        for (var row : rows) {
          assertThat(store.gatewayLogs().find(row.requestId())).contains(row);
        }
      }
      assertThat(countsById(pg)).hasSize(80).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    } finally {
      pg.close();
    }
  }

  private static Map<String, Integer> countsById(EmbeddedPostgres pg) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT request_id, count(*) FROM gateway_logs GROUP BY request_id")) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getInt(2));
      }
    }
    return counts;
  }

  private static Map<String, Long> transactionIds(EmbeddedPostgres pg) throws Exception {
    Map<String, Long> ids = new HashMap<>();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT request_id, xmin::text::bigint FROM gateway_logs")) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
      }
    }
    return ids;
  }

  private static EmbeddedPostgres start(Path data, int port) {
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(data)
          .setCleanDataDirectory(false)
          .setPort(port)
          .setServerConfig("fsync", "off")
          .setServerConfig("full_page_writes", "off")
          .setPGStartupWait(Duration.ofSeconds(60))
          .start();
    } catch (IOException | RuntimeException | LinkageError e) {
      assumeTrue(false, "embedded PostgreSQL could not start: " + e);
      throw new AssertionError(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
