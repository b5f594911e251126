package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.core.Usage;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Slo;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderRegistry;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.Profiles;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.sim.SimServerConfig;
import dev.versus.store.RequestRow;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole bench over loopback: the simulator in process (test profiles with zero jitter and round
 * numbers, src/test/resources/bench), the real OpenAI client, a real SQLite store. Measured figures
 * are compared with what the profile's batching model predicts.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BenchLoopbackTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private Store store;

  @BeforeEach
  void openStore() {
    store = Store.open(dir.resolve("store.db").toString());
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
    store.close();
  }

  private BenchTarget serve(String profile, boolean omitUsage) {
    return serve(startServer(profile, omitUsage), profile);
  }

  private SimServer startServer(String profile, boolean omitUsage) {
    SimServer server =
        SimServer.start(
            List.of(SimModels.create(
                Profiles.load("src/test/resources/bench/" + profile + ".yaml"), 7,
                AnswerKeys.empty())),
            SimServerConfig.defaults().withOmitUsage(omitUsage));
    open.add(server);
    return server;
  }

  private BenchTarget serve(SimServer server, String profile) {
    String reference = "openai:bench-" + profile + "@" + server.openAiBaseUri();
    ChatProvider provider = ProviderRegistry.create(name -> null).create(reference);
    open.add(provider);
    return new BenchTarget(
        new Target(reference, provider), reference, true, server.baseUri() + "/metrics");
  }

  private static Workload workload(int outputTokens) {
    return Workloads.synthetic(new SyntheticSpec(new LengthDistribution.Fixed(32),
        new LengthDistribution.Fixed(outputTokens), Language.ES, 3));
  }

  private BenchReport run(BenchTarget target, LoadPlan plan, Limits limits, Slo slo, int output) {
    return run(target, plan, limits, slo, output, Duration.ZERO);
  }

  private BenchReport run(
      BenchTarget target, LoadPlan plan, Limits limits, Slo slo, int output, Duration pause) {
    BenchSetup setup = new BenchSetup(List.of(target), plan,
        new BenchConfig(new LoadModel.Closed(1), limits, slo, Shard.single(), 5),
        workload(output), "synthetic test", dir.resolve("out"), pause);
    return BenchRun.create(setup, "test-run", store, Environment.system(), Clock.systemUTC(),
        BenchObserver.none()).execute();
  }

  private static LoadPlan closed(int... levels) {
    List<LoadModel> list = new ArrayList<>();
    for (int c : levels) {
      list.add(new LoadModel.Closed(c));
    }
    return new LoadPlan.Levels(list, Comparison.Order.SEQUENTIAL);
  }

  private static JsonNode level(BenchReport report, int index) {
    return report.summary().get("models").get(0).get("levels").get(index);
  }

  @Test
  void closedLoop_steadyProfile_measuresWhatTheBatchingModelPredicts() {
    // steady.yaml: every step 20 ms, one token per step, no prefill, no jitter. Predictions:
    // - a lone request's TTFT = one step = 20 ms. TTFT also holds request handling and loopback
    //   HTTP (3-10 ms idle, more when other builds share the 2 cores), so: every TTFT >= 19 ms
    //   (no token can come before the step ends) and the median <= 60 ms.
    // - ITL = TPOT = 20 ms at any concurrency (no per-sequence cost): mean ITL and TPOT +-25%. The
    //   ITL median gets +-50%, because a starved machine delivers some chunks in pairs (gaps of
    //   ~0 and ~40 ms), which moves the median but not the mean.
    // - each stream gets at most 50 output tokens/s, so c clients give at most c x 50 tokens/s: a
    //   hard bound (+10% for the window's edges). Below it, the client's gap between a reply and
    //   its next send (a few ms idle, far more on a starved machine) lowers the figure, so the
    //   lower bound is generous: half the prediction.
    BenchReport report = run(serve("steady", false), closed(1, 4),
        Limits.requests(8).withDrain(Duration.ofSeconds(10)), Slo.none(), 20);

    JsonNode one = level(report, 0);
    JsonNode four = level(report, 1);
    assertThat(one.get("failed").asLong()).isZero();
    assertThat(four.get("failed").asLong()).isZero();
    assertThat(one.at("/latency_ms/ttft/p50").asDouble()).isBetween(19.0, 60.0);
    assertThat(one.at("/latency_ms/ttft/min").asDouble()).isGreaterThanOrEqualTo(19.0);
    for (JsonNode level : List.of(one, four)) {
      assertThat(level.at("/latency_ms/itl/mean").asDouble()).isCloseTo(20.0, within(5.0));
      assertThat(level.at("/latency_ms/itl/p50").asDouble()).isCloseTo(20.0, within(10.0));
      assertThat(level.at("/latency_ms/tpot/p50").asDouble()).isCloseTo(20.0, within(5.0));
    }
    assertThat(one.at("/throughput/output_tokens_per_second").asDouble()).isBetween(25.0, 55.0);
    assertThat(four.at("/throughput/output_tokens_per_second").asDouble()).isBetween(100.0, 220.0);
    assertThat(four.at("/server_metrics/max_num_requests_running").asDouble()).isBetween(1.0, 4.0);
    assertThat(four.at("/server_metrics/max_memory_bytes").asDouble()).isGreaterThan(1_000_000.0);
    assertThat(report.summary().get("simulated").asBoolean()).isTrue();
  }

  @Test
  void closedLoop_wholeResponses_ttftIsE2eWithoutItlOrTpot() {
    // steady.yaml, 20 output tokens at one token per 20 ms step: a non-streamed answer takes
    // ~20 steps = 400 ms (more on a starved machine, never less than 19 x 20 ms). The client
    // sees the first token only with the whole answer, so TTFT = E2E, no gaps, no TPOT; usage
    // comes from the server's JSON body.
    BenchTarget streamed = serve("steady", false);
    BenchTarget target = new BenchTarget(new Target(streamed.key(), streamed.target().provider(),
        Delivery.WHOLE), streamed.reference(), true, streamed.metricsUrl());
    BenchReport report = run(target, closed(2),
        Limits.requests(4).withDrain(Duration.ofSeconds(10)), Slo.none(), 20);

    JsonNode level = level(report, 0);
    assertThat(level.get("completed").asLong()).isEqualTo(4);
    assertThat(level.get("failed").asLong()).isZero();
    assertThat(level.at("/latency_ms/e2e/min").asDouble()).isGreaterThanOrEqualTo(380.0);
    assertThat(level.at("/latency_ms/ttft/p50").asDouble())
        .isEqualTo(level.at("/latency_ms/e2e/p50").asDouble());
    assertThat(level.at("/latency_ms/e2e/count").asLong()).isEqualTo(4);
    assertThat(level.at("/latency_ms/itl/count").asLong()).isZero();
    assertThat(level.at("/latency_ms/tpot/count").asLong()).isZero();
    assertThat(level.at("/throughput/output_tokens_per_second").asDouble()).isPositive();
    assertThat(report.summary().at("/config/delivery").asText()).isEqualTo("whole");
    List<RequestRow> rows = store.requests().list("test-run");
    assertThat(rows).hasSize(4).allSatisfy(row -> {
      assertThat(row.tokens().outputServer()).isEqualTo(20);
      assertThat(row.usageSource()).isEqualTo(Usage.Source.SERVER);
    });
  }

  @Test
  void closedLoop_perSequenceCost_itlAndTtftGrowWithConcurrency() {
    // per-sequence.yaml: a step costs 5 ms + 5 ms x running: 10 ms alone, 45 ms with 8 running.
    // Mean ITL (robust to chunks delivered in pairs, see above) and TTFT must grow with it.
    BenchReport report = run(serve("per-sequence", false), closed(1, 8),
        new Limits(16, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10)),
        Slo.none(), 6);

    double itl1 = level(report, 0).at("/latency_ms/itl/mean").asDouble();
    double itl8 = level(report, 1).at("/latency_ms/itl/mean").asDouble();
    double ttft1 = level(report, 0).at("/latency_ms/ttft/p50").asDouble();
    double ttft8 = level(report, 1).at("/latency_ms/ttft/p50").asDouble();
    assertThat(itl1).isCloseTo(10.0, within(4.0));
    assertThat(itl8).isGreaterThan(2.5 * itl1).isCloseTo(45.0, within(15.0));
    assertThat(ttft8).isGreaterThan(2 * ttft1);
  }

  @Test
  void openLoop_stallingServerBehindConcurrencyCap_stallShowsInScheduleLatencyNotE2e() {
    // stall.yaml: every stream pauses once for 300 ms, so each request takes ~350 ms. Six requests
    // are due every 100 ms on an absolute schedule, with at most one in flight (like vLLM's
    // --max-concurrency). Sends are not delayed by the server (no coordinated omission): each
    // request's schedule latency (last byte - intended send) includes its wait behind the stalled
    // ones, ~350 ms x 6 - 500 ms ~ 1.6 s for the last, while E2E (from the actual send) stays
    // ~350 ms. A closed-loop or send-time measurement would report only the latter.
    BenchTarget target = serve("stall", false);
    LoadPlan plan = new LoadPlan.Levels(
        List.of(new LoadModel.Open(new ArrivalProcess.Constant(10), 1)), Comparison.Order.SEQUENTIAL);

    BenchReport report = run(target, plan,
        new Limits(6, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10)),
        Slo.none(), 5);

    JsonNode level = level(report, 0);
    assertThat(level.get("completed").asLong()).isEqualTo(6);
    assertThat(level.at("/latency_ms/itl/max").asDouble()).isGreaterThan(250.0);
    assertThat(level.at("/latency_ms/e2e/max").asDouble()).isBetween(300.0, 700.0);
    assertThat(level.at("/latency_ms/schedule_latency/max").asDouble()).isGreaterThan(1200.0);
    List<RequestRow> rows = store.requests().list("test-run");
    List<Long> intended = rows.stream().map(r -> r.timings().intendedSendNanos()).sorted().toList();
    for (int i = 1; i < intended.size(); i++) {
      assertThat(intended.get(i) - intended.get(i - 1)).isEqualTo(100_000_000L);
    }
  }

  @Test
  void findMax_crashThresholdProfile_findsKneeBelowTheCrash() {
    // crash.yaml crashes when more than 4 requests are in the server at once. Answers of 16 tokens
    // keep each request in the server ~150 ms, so the client's few ms between a reply and its next
    // send cannot hide a client: c closed-loop clients put c requests in the server. The search
    // doubles 1, 2, 4 (pass), 8 (crash), then bisects 6, 5 (crash): the knee is 4. A 250 ms pause
    // before each level outlasts the 200 ms crash recovery, so every level that fails crashes by
    // its own concurrency rather than meeting a server still down from the previous one.
    BenchReport report = run(serve("crash", false),
        new LoadPlan.FindMax(new SearchAxis.Concurrency(1, 16), new SaturationCriteria(95, 0.01, 12)),
        new Limits(24, Duration.ofMillis(300), Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10)),
        Slo.none().with(Metric.TTFT, Duration.ofSeconds(1)), 16, Duration.ofMillis(250));

    JsonNode model = report.summary().get("models").get(0);
    JsonNode knee = model.get("knee");
    assertThat(knee.get("found").asBoolean()).isTrue();
    assertThat(knee.get("saturated").asBoolean()).isTrue();
    assertThat(knee.get("concurrency").asInt()).isEqualTo(4);
    boolean crashedAbove = false;
    for (JsonNode level : model.get("levels")) {
      int c = level.at("/load/concurrency").asInt();
      long crashes = level.at("/errors/by_class/backend_crash").asLong();
      if (c <= 4) {
        assertThat(level.at("/errors/total").asLong()).as("errors at c=%d", c).isZero();
      } else {
        assertThat(crashes).as("backend crashes at c=%d", c).isPositive();
        crashedAbove = true;
      }
    }
    assertThat(crashedAbove).isTrue();
  }

  @Test
  void usagelessServer_fallsBackToClientCountingAndSaysSo() throws Exception {
    BenchReport report = run(serve("steady", true), closed(2),
        new Limits(4, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10)),
        Slo.none(), 5);

    JsonNode tokens = level(report, 0).get("tokens");
    assertThat(tokens.get("client_counted").asBoolean()).isTrue();
    assertThat(tokens.at("/source_counts/client_count").asLong()).isEqualTo(4);
    assertThat(tokens.at("/source_counts/server").asLong()).isZero();
    assertThat(tokens.get("note").asText()).contains("client");
    assertThat(tokens.get("output").asLong()).isPositive();
    List<String> lines = Files.readAllLines(report.recordsFile());
    assertThat(lines).hasSize(4)
        .allSatisfy(line -> assertThat(JSON.readTree(line).get("usage_source").asText())
            .isEqualTo("client_count"));
    assertThat(store.requests().list("test-run"))
        .allSatisfy(row -> assertThat(row.usageSource()).isEqualTo(Usage.Source.CLIENT_COUNT));
  }

  @Test
  void stop_midLevel_keepsEveryRecordAndWritesInterruptedSummary() throws Exception {
    BenchTarget target = serve("steady", false);
    BenchSetup setup = new BenchSetup(List.of(target), closed(2, 4),
        new BenchConfig(new LoadModel.Closed(1), Limits.timed(Duration.ofSeconds(30), Duration.ZERO),
            Slo.none(), Shard.single(), 5),
        workload(5), "synthetic test", dir.resolve("out"));
    BenchRun run = BenchRun.create(setup, "stopped-run", store, Environment.system(),
        Clock.systemUTC(), BenchObserver.none());
    Thread stopper = Thread.ofVirtual().start(() -> {
      try {
        Thread.sleep(700);
      } catch (InterruptedException e) {
        return;
      }
      run.stop();
    });

    long start = System.nanoTime();
    BenchReport report = run.execute();
    stopper.join();

    assertThat(Thread.interrupted()).isTrue();
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(10).toNanos());
    assertThat(report.status()).isEqualTo(RunStatus.INTERRUPTED);
    JsonNode summary = JSON.readTree(report.summaryFile().toFile());
    assertThat(summary.get("status").asText()).isEqualTo("interrupted");
    assertThat(summary.get("interrupted").asBoolean()).isTrue();
    assertThat(summary.at("/models/0/levels")).hasSize(1);
    assertThat(summary.at("/models/0/levels/0/interrupted").asBoolean()).isTrue();
    long lines = Files.readAllLines(report.recordsFile()).size();
    assertThat(lines).isPositive().isEqualTo(report.records());
    assertThat(store.requests().count("stopped-run")).isEqualTo(lines);
    assertThat(store.runs().find("stopped-run").orElseThrow().status())
        .isEqualTo(RunStatus.INTERRUPTED);
  }

  @Test
  void endpointDiesMidRun_failuresRecordedByClassAndNothingMeasuredLost() throws Exception {
    // Twenty requests due every 50 ms (100 ms each); the server is shut down after ~450 ms, so the
    // later sends find a closed port and the ones in flight lose their stream. Every request still
    // gets a record, the failures are counted by class, and the run ends normally.
    SimServer server = startServer("steady", false);
    BenchTarget target = serve(server, "steady");
    Thread killer = Thread.ofVirtual().start(() -> {
      try {
        Thread.sleep(450);
      } catch (InterruptedException e) {
        return;
      }
      server.close();
    });
    LoadPlan plan = new LoadPlan.Levels(
        List.of(new LoadModel.Open(new ArrivalProcess.Constant(20))), Comparison.Order.SEQUENTIAL);

    BenchReport report = run(target, plan,
        Limits.requests(20).withDrain(Duration.ofSeconds(10)), Slo.none(), 5);
    killer.join();

    JsonNode level = level(report, 0);
    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(level.get("requests").asLong()).isEqualTo(20);
    assertThat(level.get("completed").asLong()).isPositive();
    assertThat(level.at("/errors/total").asLong()).isPositive();
    assertThat(level.at("/errors/by_class/connect").asLong()).isPositive();
    assertThat(level.get("completed").asLong() + level.at("/errors/total").asLong()).isEqualTo(20);
    assertThat(Files.readAllLines(report.recordsFile())).hasSize(20);
    assertThat(store.requests().list("test-run")).hasSize(20)
        .filteredOn(RequestRow::failed).isNotEmpty();
  }
}
