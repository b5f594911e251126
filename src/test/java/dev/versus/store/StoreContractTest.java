package dev.versus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store's contract, run against every vendor: each subclass supplies the location of a new,
 * empty database.
 */
abstract class StoreContractTest {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00.123456Z");

  private final List<Store> opened = new ArrayList<>();

  /** The location of a new, empty database. */
  abstract String freshLocation();

  /** A plain JDBC connection to the store's database, bypassing the store. */
  abstract Connection rawConnection(StoreLocation location) throws SQLException;

  Store open(String location) {
    Store store = Store.open(location);
    opened.add(store);
    return store;
  }

  Store fresh() {
    return open(freshLocation());
  }

  @AfterEach
  void closeStores() {
    opened.forEach(Store::close);
  }

  @Test
  void open_emptyDatabase_migratesAndReopenIsIdempotent() {
    String location = freshLocation();
    try (Store first = Store.open(location)) {
      assertThat(first.schemaVersion()).isEqualTo("2");
      first.runs().create(Samples.run("r1", T0));
    }
    Store again = open(location);
    assertThat(again.schemaVersion()).isEqualTo("2");
    assertThat(again.runs().find("r1")).isPresent();
  }

  @Test
  void open_concurrentlyOnOneEmptyDatabase_everyOpenSucceeds() throws Exception {
    String location = freshLocation();
    List<Future<Store>> opens = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 4; i++) {
        opens.add(pool.submit(() -> Store.open(location)));
      }
    }
    for (Future<Store> open : opens) {
      Store store = open.get();
      opened.add(store);
      assertThat(store.schemaVersion()).isEqualTo("2");
    }
  }

  @Test
  void runs_roundTrip_keepsEveryField() {
    Store store = fresh();
    String bigConfig = "{\"x\":\"" + "é".repeat(300_000) + "\"}";
    RunInfo full = new RunInfo("20261126T100000123Z-abcdef", "plan", Samples.UNICODE,
        RunStatus.COMPLETED, Rows.epochMicros(T0), Rows.epochMicros(T0.plusSeconds(60)),
        bigConfig, "{\"ok\":true}", false, 4);
    RunInfo sparse = new RunInfo("r-sparse", "eval", "", RunStatus.RUNNING,
        Rows.epochMicros(T0), -1, "", "", true, 1);
    store.runs().create(full);
    store.runs().create(sparse);

    assertThat(store.runs().find(full.id())).contains(full);
    assertThat(store.runs().find(sparse.id())).contains(sparse);
    assertThat(store.runs().find(sparse.id()).orElseThrow().finishedAt()).isEmpty();
    assertThat(store.runs().find(full.id()).orElseThrow().startedAt()).isEqualTo(T0);
    assertThat(store.runs().find("missing")).isEmpty();
  }

  @Test
  void runs_finishAndUpdateSummary_changeOnlyThoseFields() {
    Store store = fresh();
    RunInfo run = Samples.run("r1", T0);
    store.runs().create(run);

    assertThat(store.runs().updateSummary("r1", "{\"p99\":1.5}")).isTrue();
    assertThat(store.runs().finish("r1", RunStatus.INTERRUPTED, T0.plusSeconds(5))).isTrue();

    RunInfo stored = store.runs().find("r1").orElseThrow();
    assertThat(stored.status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(stored.finishedAt()).contains(T0.plusSeconds(5));
    assertThat(stored.summaryJson()).isEqualTo("{\"p99\":1.5}");
    assertThat(stored.configJson()).isEqualTo(run.configJson());
    assertThat(store.runs().finish("missing", RunStatus.FAILED, T0)).isFalse();
    assertThat(store.runs().updateSummary("missing", "{}")).isFalse();
    assertThatThrownBy(() -> store.runs().finish("r1", RunStatus.RUNNING, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void runs_createExistingId_createThrowsAndCreateIfAbsentReturnsFalse() {
    Store store = fresh();
    store.runs().create(Samples.run("r1", T0));

    assertThat(store.runs().createIfAbsent(Samples.run("r1", T0.plusSeconds(1)))).isFalse();
    assertThatThrownBy(() -> store.runs().create(Samples.run("r1", T0)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("run 'r1' already exists");
    assertThat(store.runs().find("r1").orElseThrow().startedAt()).isEqualTo(T0);
  }

  @Test
  void runs_list_newestFirstFilteredAndLimited() {
    Store store = fresh();
    store.runs().create(Samples.run("a", T0));
    store.runs().create(Samples.run("b", T0.plusSeconds(10)));
    store.runs().create(RunInfo.started("c", "eval", "", T0.plusSeconds(20), "", false));
    store.runs().create(Samples.run("d", T0.plusSeconds(30)));
    store.runs().finish("b", RunStatus.COMPLETED, T0.plusSeconds(11));

    assertThat(ids(store.runs().list(RunFilter.all()))).containsExactly("d", "c", "b", "a");
    assertThat(ids(store.runs().list(RunFilter.all().kind("bench"))))
        .containsExactly("d", "b", "a");
    assertThat(ids(store.runs().list(RunFilter.all().statuses(RunStatus.COMPLETED))))
        .containsExactly("b");
    assertThat(ids(store.runs().list(
        RunFilter.all().statuses(RunStatus.RUNNING, RunStatus.FAILED).kind("bench"))))
        .containsExactly("d", "a");
    assertThat(ids(store.runs().list(RunFilter.all().limit(2)))).containsExactly("d", "c");
    assertThat(store.runs().list(RunFilter.all().kind("replay"))).isEmpty();
  }

  @Test
  void requests_roundTrip_keepsEveryFieldIncludingAbsentOnes() {
    Store store = fresh();
    store.runs().create(Samples.run("r1", T0));
    RequestRow full = Samples.fullRequest("r1", 0);
    RequestRow absent = Samples.absentRequest("r1", 1);

    store.requests().append(List.of(full, absent));

    assertThat(store.requests().list("r1")).containsExactly(full, absent);
    RequestRow back = store.requests().list("r1").get(0);
    assertThat(back.timings().itlGapsNanos()).containsExactly(full.timings().itlGapsNanos());
    assertThat(store.requests().list("r1").get(1).timings().itlGapCount()).isZero();
  }

  @Test
  void requests_readByModel_filtersAndKeepsInsertionOrder() {
    Store store = fresh();
    store.runs().create(Samples.run("r1", T0));
    store.runs().create(Samples.run("r2", T0));
    List<RequestRow> rows = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      rows.add(i % 3 == 0 ? Samples.absentRequest("r1", i) : Samples.fullRequest("r1", i));
    }
    store.requests().append(rows);
    store.requests().append(List.of(Samples.fullRequest("r2", 0)));

    assertThat(store.requests().count("r1")).isEqualTo(1_200);
    assertThat(store.requests().modelKeys("r1")).containsExactly("flash", "maverick");
    assertThat(store.requests().list("r1", "maverick")).hasSize(400)
        .allMatch(r -> r.modelKey().equals("maverick"));
    List<Long> seqs = new ArrayList<>();
    long streamed = store.requests().forEach("r1", "", r -> seqs.add(r.seq()));
    assertThat(streamed).isEqualTo(1_200);
    assertThat(seqs).isSorted().hasSize(1_200);
    assertThat(store.requests().list("nope")).isEmpty();
  }

  @Test
  void requests_appendForMissingRun_throwsNamingTheRunAndStoresNothing() {
    Store store = fresh();
    store.runs().create(Samples.run("r1", T0));

    assertThatThrownBy(() -> store.requests().append(
        List.of(Samples.fullRequest("r1", 0), Samples.fullRequest("ghost", 1))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("request records")
        .hasMessageContaining(store.location().redacted());
    assertThat(store.requests().count("r1")).isZero();
  }

  @Test
  void evalResults_roundTrip_keepsEveryFieldIncludingAbsentOnes() {
    Store store = fresh();
    store.runs().create(Samples.run("e1", T0));
    EvalResultRow full = Samples.fullEval("e1", 2);
    EvalResultRow absent = Samples.absentEval("e1");
    String bigResponse = "Respuesta larga ñ ".repeat(60_000);
    EvalResultRow large = new EvalResultRow("e1", "long-context", "needle-128k", "flash", 0,
        "contains", bigResponse, "aguja", bigResponse, "aguja", 1.0, true, "", 1, 131_072, 5,
        0.04, false, "", "");

    store.evalResults().append(List.of(full, absent, large));

    assertThat(store.evalResults().list("e1")).containsExactly(full, absent, large);
    assertThat(store.evalResults().list("e1", "maverick")).containsExactly(full);
    assertThat(store.evalResults().list("e1").get(1).costUsd()).isNaN();
  }

  @Test
  void gatewayLogs_insertIfAbsent_roundTripsAndNeverDuplicates() {
    Store store = fresh();
    GatewayLogRow full = Samples.fullLog("req-1", T0, "chat");
    GatewayLogRow absent = Samples.absentLog("req-2", T0.plusSeconds(1), "chat");

    assertThat(store.gatewayLogs().insertIfAbsent(full)).isTrue();
    assertThat(store.gatewayLogs().insertIfAbsent(absent)).isTrue();
    assertThat(store.gatewayLogs().insertIfAbsent(Samples.absentLog("req-1", T0, "other")))
        .isFalse();
    assertThat(store.gatewayLogs().insertAllIfAbsent(List.of(full, absent,
        Samples.absentLog("req-3", T0.plusSeconds(2), "embed")))).isEqualTo(1);

    assertThat(store.gatewayLogs().find("req-1")).contains(full);
    assertThat(store.gatewayLogs().find("req-2")).contains(absent);
    assertThat(store.gatewayLogs().find("req-404")).isEmpty();
  }

  @Test
  void gatewayLogs_insertAllIfAbsent_manyRowsAcrossStatements_countsOnlyNewOnesOnce() {
    Store store = fresh();
    List<GatewayLogRow> first = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) {
      first.add(Samples.absentLog("m" + i, T0.plusMillis(i), "chat"));
    }
    assertThat(store.gatewayLogs().insertAllIfAbsent(first)).isEqualTo(120);

    // 60 already stored, 70 new, each of 5 new ones twice in the same call: 70 new rows.
    List<GatewayLogRow> second = new java.util.ArrayList<>(first.subList(60, 120));
    for (int i = 120; i < 190; i++) {
      second.add(Samples.absentLog("m" + i, T0.plusMillis(i), "chat"));
    }
    for (int i = 185; i < 190; i++) {
      second.add(Samples.fullLog("m" + i, T0.plusMillis(i), "other"));
    }
    assertThat(store.gatewayLogs().insertAllIfAbsent(second)).isEqualTo(70);

    assertThat(store.gatewayLogs().forEach(
        GatewayLogQuery.between(Instant.MIN, Instant.MAX), row -> { })).isEqualTo(190);
    assertThat(store.gatewayLogs().find("m187").orElseThrow().route()).isEqualTo("chat");
    assertThat(store.gatewayLogs().find("m77"))
        .contains(Samples.absentLog("m77", T0.plusMillis(77), "chat"));
  }

  @Test
  void gatewayLogs_list_byHalfOpenTimeRangeAndRoute() {
    Store store = fresh();
    for (int i = 0; i < 10; i++) {
      store.gatewayLogs().insertIfAbsent(
          Samples.absentLog("q" + i, T0.plusSeconds(i), i % 2 == 0 ? "chat" : "embed"));
    }

    List<GatewayLogRow> window =
        store.gatewayLogs().list(GatewayLogQuery.between(T0.plusSeconds(2), T0.plusSeconds(6)));
    assertThat(window).extracting(GatewayLogRow::requestId).containsExactly("q2", "q3", "q4", "q5");
    assertThat(store.gatewayLogs().list(
        GatewayLogQuery.between(T0, T0.plusSeconds(10)).route("embed").limit(3)))
        .extracting(GatewayLogRow::requestId).containsExactly("q1", "q3", "q5");
    assertThat(store.gatewayLogs().forEach(
        GatewayLogQuery.between(Instant.MIN, Instant.MAX), row -> { })).isEqualTo(10);
    assertThat(store.gatewayLogs().list(GatewayLogQuery.between(T0, T0))).isEmpty();
  }

  @Test
  void histogramIntervals_roundTrip_byRunAndMetric() {
    Store store = fresh();
    store.runs().create(Samples.run("h1", T0).withShardCount(2));
    HistogramIntervalRow a = Samples.interval("h1", 0, "ttft", 0);
    HistogramIntervalRow b = Samples.interval("h1", 1, "ttft", 1_000_000_000L);
    HistogramIntervalRow c = Samples.interval("h1", 1, "itl", 0);

    store.histogramIntervals().append(List.of(a, b, c));

    assertThat(store.histogramIntervals().list("h1")).containsExactly(a, b, c);
    assertThat(store.histogramIntervals().list("h1", "ttft")).containsExactly(a, b);
    assertThat(store.histogramIntervals().list("h1", "e2e")).isEmpty();
  }

  @Test
  void absentValues_areStoredAsSqlNull() throws Exception {
    Store store = fresh();
    store.runs().create(Samples.run("r1", T0));
    store.requests().append(List.of(Samples.absentRequest("r1", 0)));
    store.gatewayLogs().insertIfAbsent(Samples.absentLog("g1", T0, "chat"));

    try (Connection c = rawConnection(store.location());
        Statement s = c.createStatement();
        ResultSet requests = s.executeQuery("SELECT COUNT(*) FROM request_records WHERE"
            + " intended_send_ns IS NULL AND first_token_ns IS NULL AND itl_gaps IS NULL"
            + " AND output_tokens_server IS NULL AND http_status IS NULL"
            + " AND finish_reason IS NULL AND error_class = 'connect' AND load_level = ''")) {
      requests.next();
      assertThat(requests.getInt(1)).isEqualTo(1);
      try (ResultSet logs = s.executeQuery("SELECT COUNT(*) FROM gateway_logs WHERE"
          + " api_key_hash IS NULL AND cost_usd IS NULL AND ttft_ns IS NULL AND prompt IS NULL"
          + " AND http_status IS NULL AND streamed = FALSE")) {
        logs.next();
        assertThat(logs.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void delete_run_removesItsRowsOnly() {
    Store store = fresh();
    store.runs().create(Samples.run("r1", T0));
    store.runs().create(Samples.run("r2", T0));
    for (String run : List.of("r1", "r2")) {
      store.requests().append(List.of(Samples.fullRequest(run, 0)));
      store.evalResults().append(List.of(Samples.fullEval(run, 0)));
      store.histogramIntervals().append(List.of(Samples.interval(run, 0, "ttft", 0)));
    }

    assertThat(store.runs().delete("r1")).isTrue();
    assertThat(store.runs().delete("r1")).isFalse();

    assertThat(store.requests().count("r1")).isZero();
    assertThat(store.evalResults().list("r1")).isEmpty();
    assertThat(store.histogramIntervals().list("r1")).isEmpty();
    assertThat(store.requests().count("r2")).isEqualTo(1);
    assertThat(store.evalResults().list("r2")).hasSize(1);
  }

  @Test
  void text_withNulCharacter_isStoredWithReplacementCharacter() {
    Store store = fresh();
    GatewayLogRow row = new GatewayLogRow("nul", Rows.epochMicros(T0), "", "chat", "", "", "",
        "", false, -1, -1, -1, Double.NaN, -1, -1, 400, "http_4xx", "bad\0byte", false,
        "a\0b", "");

    assertThat(store.gatewayLogs().insertIfAbsent(row)).isTrue();

    GatewayLogRow back = store.gatewayLogs().find("nul").orElseThrow();
    assertThat(back.prompt()).isEqualTo("a\uFFFDb");
    assertThat(back.errorMessage()).isEqualTo("bad\uFFFDbyte");
  }

  @Test
  void concurrentWriters_eightVirtualThreads_loseNoRowsAndCreateNoDuplicates() throws Exception {
    Store store = fresh();
    store.runs().create(Samples.run("load", T0));
    int threads = 8;
    int rowsPerThread = 500;
    int logAttemptsPerThread = 100;
    int distinctLogIds = 150;
    List<Future<Integer>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          int newLogs = 0;
          for (int batch = 0; batch < rowsPerThread / 50; batch++) {
            List<RequestRow> rows = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
              rows.add(Samples.fullRequest("load", thread * 1_000_000L + batch * 50L + i));
            }
            store.requests().append(rows);
            for (int i = 0; i < logAttemptsPerThread / 10; i++) {
              int id = (thread * 37 + batch * 10 + i) % distinctLogIds;
              if (store.gatewayLogs().insertIfAbsent(
                  Samples.absentLog("g" + id, T0.plusMillis(id), "chat"))) {
                newLogs++;
              }
            }
          }
          return newLogs;
        }));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    int newLogs = 0;
    for (Future<Integer> future : futures) {
      newLogs += future.get();
    }

    List<RequestRow> stored = store.requests().list("load");
    assertThat(stored).hasSize(threads * rowsPerThread);
    assertThat(stored.stream().map(RequestRow::seq).distinct().count())
        .isEqualTo(threads * rowsPerThread);
    List<GatewayLogRow> logs =
        store.gatewayLogs().list(GatewayLogQuery.between(Instant.MIN, Instant.MAX));
    assertThat(logs.stream().map(GatewayLogRow::requestId).distinct().count())
        .isEqualTo(logs.size());
    assertThat(newLogs).isEqualTo(logs.size());
    assertThat(logs.size()).isLessThanOrEqualTo(distinctLogIds).isGreaterThan(0);
  }

  static List<String> ids(List<RunInfo> runs) {
    return runs.stream().map(RunInfo::id).toList();
  }
}
