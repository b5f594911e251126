package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.store.GatewayLogQuery;
import dev.versus.store.GatewayLogRow;
import dev.versus.store.Store;
import dev.versus.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolingInteractionLogTest {
  @TempDir Path dir;
  private Path spool;
  private Store store;
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void openStore() {
    spool = dir.resolve("spool");
    store = Store.open("sqlite:" + dir.resolve("versus.db"));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private SpoolConfig fast() {
    return SpoolConfig.defaults(spool)
        .withShipInterval(Duration.ofMillis(10))
        .withBackoff(Duration.ofMillis(5), Duration.ofMillis(40))
        .withCloseTimeout(Duration.ofMillis(300));
  }

  /** Records each backoff and sleeps it for real (short in these tests), so nothing spins. */
  private SpoolingInteractionLog.Sleeper recording() {
    return d -> {
      sleeps.add(d);
      Thread.sleep(d);
    };
  }

  private static Supplier<Store> unreachable() {
    return () -> {
      throw new StoreException("could not connect to store: connection refused (test)");
    };
  }

  @Test
  void append_storeUp_everyFieldArrivesOnceAndPendingReturnsToZero() throws Exception {
    List<GatewayLogRow> rows = LogRows.rows("rt", 200);
    try (SpoolingInteractionLog log = SpoolingInteractionLog.open(fast(), store, recording())) {
      rows.forEach(log::append);
      assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(20))).isTrue();
      assertThat(log.stats().shippedRows()).isEqualTo(200);
      // appended one after another, each row is in the tail before the next is written, so at
      // most a read that races the last append comes from the file
      assertThat(log.stats().shippedFromMemory()).isPositive();
    }
    for (GatewayLogRow row : rows) {
      assertThat(store.gatewayLogs().find(row.requestId())).contains(row);
    }
    assertThat(store.gatewayLogs().list(GatewayLogQuery.between(Instant.EPOCH, Instant.MAX)))
        .hasSize(200);
  }

  @Test
  void append_rowsLongerThanAReadBlock_arriveIntact() throws Exception {
    // 150 KB responses: every line spans two or three of the reader's 64 KB blocks
    List<GatewayLogRow> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      GatewayLogRow r = LogRows.row("long-" + i, i);
      rows.add(new GatewayLogRow(r.requestId(), r.timeMicros(), r.apiKeyHash(), r.route(),
          r.requestedModel(), r.backend(), r.decisionReason(), r.guardJson(), r.streamed(),
          r.promptTokens(), r.outputTokens(), r.reasoningTokens(), r.costUsd(), r.ttftNanos(),
          r.latencyNanos(), r.httpStatus(), r.errorClass(), r.errorMessage(), r.redacted(),
          r.prompt(), ("línea " + i + " ñ\n").repeat(15_000)));
    }
    try (SpoolingInteractionLog log = SpoolingInteractionLog.open(fast(), store, recording())) {
      rows.forEach(log::append);
      assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(20))).isTrue();
      assertThat(log.stats().corruptLines()).isZero();
    }
    for (GatewayLogRow row : rows) {
      assertThat(store.gatewayLogs().find(row.requestId())).contains(row);
    }
  }

  @Test
  void close_onInterruptedThread_shipsEveryRowClosesCleanlyAndKeepsTheFlag() throws Exception {
    List<GatewayLogRow> rows = LogRows.rows("intr", 50);
    SpoolingInteractionLog log = SpoolingInteractionLog.open(fast(), store, recording());
    rows.forEach(log::append);
    Thread.currentThread().interrupt(); // as when Ctrl-C or a test stops the gateway command
    try {
      log.close();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    try (SpoolingInteractionLog reopened = SpoolingInteractionLog.open(fast(), store, recording())) {
      assertThat(LogRows.await(() -> reopened.pending() == 0, Duration.ofSeconds(20))).isTrue();
    }
    assertThat(store.gatewayLogs().list(GatewayLogQuery.between(Instant.EPOCH, Instant.MAX)))
        .hasSize(50);
  }

  @Test
  void append_storeDown_rowsWaitAndShipInOrderWhenItReturns() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    Supplier<Store> flaky = () -> {
      if (attempts.incrementAndGet() <= 4) {
        throw new StoreException("connection refused (test outage " + attempts.get() + ")");
      }
      return store;
    };
    List<GatewayLogRow> rows = LogRows.rows("ord", 300);
    try (SpoolingInteractionLog log = SpoolingInteractionLog.open(
        fast().withBatchRows(7), flaky, recording())) {
      rows.forEach(log::append);
      assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(20))).isTrue();
      assertThat(log.stats().storeFailures()).isEqualTo(4);
      assertThat(log.stats().storeHealthy()).isTrue();
    }
    assertThat(sleeps).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(20), Duration.ofMillis(40));
    assertThat(LogRows.insertionOrder(store))
        .containsExactlyElementsOf(rows.stream().map(GatewayLogRow::requestId).toList());
  }

  @Test
  void open_afterCloseWithUnshippedRows_shipsThemOnce() throws Exception {
    List<GatewayLogRow> rows = LogRows.rows("restart", 120);
    try (SpoolingInteractionLog down = SpoolingInteractionLog.open(fast(), unreachable(),
        recording())) {
      rows.subList(0, 100).forEach(down::append);
      assertThat(down.pending()).isEqualTo(100);
    }
    assertThat(store.gatewayLogs().find("restart-0")).isEmpty();
    try (SpoolingInteractionLog up = SpoolingInteractionLog.open(fast(), store, recording())) {
      assertThat(up.pending()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(100);
      rows.subList(100, 120).forEach(up::append);
      assertThat(LogRows.await(() -> up.pending() == 0, Duration.ofSeconds(20))).isTrue();
    }
    assertThat(LogRows.insertionOrder(store))
        .containsExactlyElementsOf(rows.stream().map(GatewayLogRow::requestId).toList());
    try (Stream<Path> left = Files.list(spool)) {
      assertThat(left.filter(p -> p.getFileName().toString().startsWith("segment-")).count())
          .as("shipped segments are deleted, only the last one stays").isLessThanOrEqualTo(1);
    }
  }

  @Test
  void open_tornLastLineAndDamagedLine_areSkippedAndLaterRowsShip() throws Exception {
    try (SpoolingInteractionLog down = SpoolingInteractionLog.open(fast(), unreachable(),
        recording())) {
      LogRows.rows("before", 10).forEach(down::append);
    }
    Path segment;
    try (Stream<Path> files = Files.list(spool)) {
      segment = files.filter(p -> p.getFileName().toString().startsWith("segment-")).sorted()
          .reduce((a, b) -> b).orElseThrow();
    }
    // A damaged full line (zeros, as a power loss can leave) and then a crash mid-write.
    Files.write(segment, new byte[] {0, 0, 0, '\n'}, StandardOpenOption.APPEND);
    Files.write(segment, "{\"requestId\":\"torn\",\"timeMic".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
    try (SpoolingInteractionLog up = SpoolingInteractionLog.open(fast(), store, recording())) {
      assertThat(Files.readString(segment)).endsWith("\n").doesNotContain("\"torn\"");
      LogRows.rows("after", 10).forEach(up::append);
      assertThat(LogRows.await(() -> up.pending() == 0, Duration.ofSeconds(20))).isTrue();
      assertThat(up.stats().corruptLines()).isEqualTo(2);
    }
    List<String> ids = LogRows.insertionOrder(store);
    assertThat(ids).hasSize(20).doesNotContain("torn");
    assertThat(ids.getFirst()).isEqualTo("before-0");
    assertThat(ids.getLast()).isEqualTo("after-9");
  }

  @Test
  void append_spoolFull_dropsAndCountsRowsWithinTheBound() {
    SpoolConfig tiny = fast().withSegmentBytes(4096).withMaxBytes(16 * 1024);
    try (SpoolingInteractionLog log = SpoolingInteractionLog.open(tiny, unreachable(),
        recording())) {
      LogRows.rows("full", 200).forEach(log::append);
      SpoolStats stats = log.stats();
      assertThat(stats.droppedRows()).isPositive();
      assertThat(stats.pendingRows() + stats.droppedRows()).isEqualTo(200);
      assertThat(stats.spoolBytes()).isLessThanOrEqualTo(16 * 1024);
      // the background shipper may not have tried the store yet: wait for it, bounded
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (log.stats().storeHealthy() && System.nanoTime() < deadline) {
        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
      }
      stats = log.stats();
      assertThat(stats.storeHealthy()).isFalse();
      assertThat(stats.lastError()).contains("connection refused");
    }
  }

  @Test
  void close_storeDownInALongBackoff_returnsWithinTheBoundAndKeepsTheRows() {
    SpoolConfig slow = fast().withBackoff(Duration.ofSeconds(5), Duration.ofSeconds(10))
        .withCloseTimeout(Duration.ofMillis(200));
    SpoolingInteractionLog log = SpoolingInteractionLog.open(slow, unreachable(),
        SpoolingInteractionLog.Sleeper.system());
    LogRows.rows("kept", 5).forEach(log::append);
    long start = System.nanoTime();
    log.close();
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(tookMillis).as("close waits closeTimeout, not the 5 s backoff").isLessThan(3_000);
    assertThat(log.pending()).isEqualTo(5);
  }

  @Test
  void open_sameFolderTwice_isRefused() {
    try (SpoolingInteractionLog log = SpoolingInteractionLog.open(fast(), store, recording())) {
      assertThatThrownBy(() -> SpoolingInteractionLog.open(fast(), store, recording()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
      log.append(LogRows.row("still-open", 1));
      assertThat(log.stats().spoolBytes()).as("the first log still works").isPositive();
    }
  }

  @Test
  void append_afterClose_isABug() {
    SpoolingInteractionLog log = SpoolingInteractionLog.open(fast(), store, recording());
    log.close();
    assertThatThrownBy(() -> log.append(LogRows.row("late", 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void append_tailSmallerThanTheBacklogAcrossSegmentsAndAnOutage_shipsEveryRowOnceInOrder()
      throws Exception {
    // 5 rows in memory, 8 KB segments (a roll every ~15 rows), 7-row batches, a store down for
    // its first 3 attempts: rows come partly from the in-memory tail, partly from the files
    AtomicInteger attempts = new AtomicInteger();
    Supplier<Store> flaky = () -> {
      if (attempts.incrementAndGet() <= 3) {
        throw new StoreException("connection refused (test outage " + attempts.get() + ")");
      }
      return store;
    };
    SpoolConfig config = fast().withTailRows(5).withSegmentBytes(8192).withBatchRows(7);
    List<GatewayLogRow> rows = LogRows.rows("tail", 400);
    try (SpoolingInteractionLog log = SpoolingInteractionLog.open(config, flaky, recording())) {
      for (int i = 0; i < rows.size(); i++) {
        log.append(rows.get(i));
        if (i % 50 == 49) {
          Thread.sleep(30); // let the shipper catch up, so that later rows come from memory
        }
      }
      assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(20))).isTrue();
      assertThat(log.stats().corruptLines()).isZero();
      // both sources were used: rows refused by the full tail during the outage came from files
      assertThat(log.stats().shippedFromMemory()).isPositive().isLessThan(rows.size());
      for (GatewayLogRow row : rows) { // before close: the log owns (and closes) this store
        assertThat(store.gatewayLogs().find(row.requestId())).contains(row);
      }
    }
    assertThat(LogRows.insertionOrder(store))
        .containsExactlyElementsOf(rows.stream().map(GatewayLogRow::requestId).toList());
  }

  @Test
  void append_concurrentAppenders_everyRowShipsOnceIntact() throws Exception {
    List<GatewayLogRow> rows = LogRows.rows("conc", 800);
    try (SpoolingInteractionLog log = SpoolingInteractionLog.open(
        fast().withTailRows(64).withSegmentBytes(16384), store, recording())) {
      try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
        for (int t = 0; t < 4; t++) {
          int first = t;
          threads.submit(() -> {
            for (int i = first; i < rows.size(); i += 4) {
              log.append(rows.get(i));
            }
          });
        }
      }
      assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(20))).isTrue();
    }
    assertThat(LogRows.insertionOrder(store)).hasSize(rows.size())
        .containsExactlyInAnyOrderElementsOf(rows.stream().map(GatewayLogRow::requestId).toList());
    for (GatewayLogRow row : rows) {
      assertThat(store.gatewayLogs().find(row.requestId())).contains(row);
    }
  }

  @Test
  void append_fsyncModeAcrossSegments_shipsEveryRow() throws Exception {
    SpoolConfig config = fast().withDurability(SpoolDurability.FSYNC).withSegmentBytes(8192);
    List<GatewayLogRow> rows = LogRows.rows("fsync", 60);
    try (SpoolingInteractionLog log = SpoolingInteractionLog.open(config, store, recording())) {
      rows.forEach(log::append);
      assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(20))).isTrue();
    }
    assertThat(LogRows.insertionOrder(store))
        .containsExactlyElementsOf(rows.stream().map(GatewayLogRow::requestId).toList());
  }

  /**
   * Append latency at a paced 1,000 rows/s for one second, in both durability modes, printed for
   * the record. The bound asserted is generous (the build machine is shared and busy); the
   * figures printed are the measurement.
   */
  @Test
  void append_atHundredsOfRowsPerSecond_staysSubMillisecond() throws Exception {
    for (SpoolDurability mode : SpoolDurability.values()) {
      Histogram micros = new Histogram(3);
      Path folder = dir.resolve("latency-" + mode);
      try (SpoolingInteractionLog log = SpoolingInteractionLog.open(
          fast().withDurability(mode), store, recording())) {
        throwaway(log, folder);
      }
      try (SpoolingInteractionLog log = SpoolingInteractionLog.open(
          SpoolConfig.defaults(folder).withDurability(mode), store, recording())) {
        List<GatewayLogRow> rows = LogRows.rows("lat-" + mode, 1000);
        long next = System.nanoTime();
        for (GatewayLogRow row : rows) {
          long start = System.nanoTime();
          log.append(row);
          micros.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start)));
          next += 1_000_000;
          long wait = next - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
          }
        }
        System.out.printf(Locale.ROOT, "spool append latency, %s mode, 1000 rows at 1000/s:"
                + " p50 %d us, p90 %d us, p99 %d us, max %d us%n", mode,
            micros.getValueAtPercentile(50), micros.getValueAtPercentile(90),
            micros.getValueAtPercentile(99), micros.getMaxValue());
        if (mode == SpoolDurability.WRITE) {
          assertThat(micros.getValueAtPercentile(50)).isLessThan(1000);
          assertThat(micros.getValueAtPercentile(99)).isLessThan(20_000);
        }
        assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(30))).isTrue();
      }
    }
  }

  /** Warms the JIT on the append path so the measured run does not time class loading. */
  private static void throwaway(SpoolingInteractionLog log, Path unused) {
    LogRows.rows("warm-" + unused.getFileName(), 300).forEach(log::append);
  }
}
