package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.ErrorClass;
import dev.versus.core.NanoClock;
import dev.versus.core.Usage;
import dev.versus.metrics.Aggregator;
import dev.versus.metrics.JsonlRecordReader;
import dev.versus.metrics.JsonlRecordWriter;
import dev.versus.metrics.Metric;
import dev.versus.metrics.RequestRecord;
import dev.versus.metrics.Slo;
import dev.versus.metrics.Summary;
import dev.versus.metrics.TokenCounter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadDriverTest {
  private static final long MS = 1_000_000L;
  private static final Workload WORKLOAD =
      Workloads.synthetic(
          new SyntheticSpec(
              new LengthDistribution.Fixed(20), new LengthDistribution.Fixed(5), Language.ES, 1));

  @TempDir Path dir;

  private final ThreadClock clock = new ThreadClock(0);
  private final Environment virtual =
      new Environment(clock, clock.sleeper(), TokenCounter.cl100k());

  /** 10 ms to the first byte, plus until 2 s when a request arrives during [1 s, 2 s). */
  private FakeProvider stallingServer() {
    return stallingServer(clock);
  }

  private static FakeProvider stallingServer(ThreadClock clock) {
    return new FakeProvider(
        "m",
        clock,
        FakeProvider.Waiter.virtual(clock),
        t -> t >= 1_000 * MS && t < 2_000 * MS ? 2_000 * MS - t + 10 * MS : 10 * MS,
        5,
        10 * MS,
        true);
  }

  private static RunObserver recordingInto(List<RequestRecord> records) {
    List<RequestRecord> sync = Collections.synchronizedList(records);
    return new RunObserver() {
      @Override
      public void onRecord(RequestRecord record) {
        sync.add(record);
      }
    };
  }

  @Test
  void openLoop_serverStalls_requestsStillSentOnTimeAndStallInScheduleLatency() {
    List<RequestRecord> records = new ArrayList<>();
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Open(new ArrivalProcess.Constant(20)),
            Limits.timed(Duration.ofSeconds(4), Duration.ZERO),
            Slo.none(),
            Shard.single(),
            1);

    LevelResult result =
        LoadDriver.run(
            new Target("m", stallingServer()), WORKLOAD, config, virtual, recordingInto(records));

    assertThat(records).hasSize(80);
    for (RequestRecord r : records) {
      long intended = r.timing().intendedSendNanos();
      long stallLeft = intended >= 1_000 * MS && intended < 2_000 * MS ? 2_000 * MS - intended : 0;
      assertThat(r.sendDelayNanos()).isZero();
      assertThat(r.scheduleLatencyNanos()).isEqualTo(stallLeft + 50 * MS);
    }
    long stalled = records.stream().filter(r -> r.scheduleLatencyNanos() > 60 * MS).count();
    assertThat(stalled).isEqualTo(20);
    assertThat(result.summary().latency(Metric.SCHEDULE_LATENCY).maxMs())
        .isCloseTo(1050, org.assertj.core.data.Percentage.withPercentage(0.1));
  }

  @Test
  void closedLoop_sameStall_hidesItBehindOneRequest() {
    List<RequestRecord> records = new ArrayList<>();
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Closed(1),
            Limits.timed(Duration.ofSeconds(4), Duration.ZERO),
            Slo.none(),
            Shard.single(),
            1);

    LoadDriver.run(
        new Target("m", stallingServer()), WORKLOAD, config, virtual, recordingInto(records));

    // The one request sent at 1 s waits out the stall; nobody else is sent meanwhile, so 20 fewer
    // requests are measured and none of them sees the stall.
    long stalled = records.stream().filter(r -> r.scheduleLatencyNanos() > 60 * MS).count();
    assertThat(stalled).isEqualTo(1);
    assertThat(records).hasSize(60);
  }

  @Test
  void openLoop_concurrencyCapDuringStall_waitInScheduleLatencyNotInE2e() {
    NanoClock system = NanoClock.system();
    AtomicLong stallEnd = new AtomicLong();
    FakeProvider server =
        new FakeProvider(
            "m",
            system,
            FakeProvider.Waiter.real(),
            t -> {
              stallEnd.compareAndSet(0, t + 1500 * MS);
              return Math.max(0, stallEnd.get() - t) + 5 * MS;
            },
            1,
            0,
            true);
    List<RequestRecord> records = new ArrayList<>();
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Open(new ArrivalProcess.Constant(50), 2),
            Limits.requests(10),
            Slo.none(),
            Shard.single(),
            1);

    LoadDriver.run(
        new Target("m", server), WORKLOAD, config, Environment.system(), recordingInto(records));

    // Requests 2..5 were due at 40..100 ms but no permit was free before the stall ended (~1.5 s).
    // Real time on a shared machine: the stall is long enough that scheduling noise of a few
    // hundred milliseconds cannot blur the difference the bounds check.
    records.sort(Comparator.comparingLong(RequestRecord::index));
    for (RequestRecord r : records.subList(2, 6)) {
      assertThat(r.scheduleLatencyNanos())
          .as("schedule latency of %d", r.index())
          .isGreaterThan(1000 * MS);
      assertThat(r.e2eNanos()).as("e2e of %d", r.index()).isLessThan(700 * MS);
      assertThat(r.sendDelayNanos()).isGreaterThan(700 * MS);
    }
  }

  @Test
  void closedLoop_concurrencyN_keepsExactlyNInFlight() {
    int n = 4;
    CyclicBarrier allIn = new CyclicBarrier(n);
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    AtomicInteger maxReportedInFlight = new AtomicInteger();
    FakeProvider server =
        new FakeProvider("m", NanoClock.system(), FakeProvider.Waiter.real(), t -> 0, 1, 0, true)
            .onCall(
                () -> {
                  maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                  try {
                    allIn.await(5, java.util.concurrent.TimeUnit.SECONDS);
                  } catch (Exception e) {
                    throw new IllegalStateException(
                        "fewer than " + n + " requests were in flight", e);
                  } finally {
                    active.decrementAndGet();
                  }
                });
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Closed(n), Limits.requests(5L * n), Slo.none(), Shard.single(), 1);
    RunObserver observer =
        new RunObserver() {
          @Override
          public void onProgress(Progress p) {
            maxReportedInFlight.accumulateAndGet(p.inFlight(), Math::max);
          }
        };

    LevelResult result =
        LoadDriver.run(new Target("m", server), WORKLOAD, config, Environment.system(), observer);

    assertThat(result.summary().completed()).isEqualTo(5L * n);
    assertThat(maxActive.get()).isEqualTo(n);
    assertThat(maxReportedInFlight.get()).isLessThanOrEqualTo(n);
    assertThat(server.requests).hasSize(5 * n);
  }

  @Test
  void closedLoop_warmupAndDuration_onlyWindowMeasured() {
    FakeProvider server =
        new FakeProvider("m", clock, FakeProvider.Waiter.virtual(clock), t -> 100 * MS, 1, 0, true);
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Closed(2),
            Limits.timed(Duration.ofSeconds(1), Duration.ofMillis(200)),
            Slo.none(),
            Shard.single(),
            1);

    Summary summary =
        LoadDriver.run(new Target("m", server), WORKLOAD, config, virtual, RunObserver.none())
            .summary();

    assertThat(summary.requests()).isEqualTo(20);
    assertThat(summary.excluded()).isEqualTo(4);
    assertThat(summary.windowSeconds()).isEqualTo(1.0);
    assertThat(summary.throughput().requestsPerSecond()).isEqualTo(20.0);
    assertThat(summary.throughput().outputTokensPerSecond()).isEqualTo(20.0);
    assertThat(summary.latency(Metric.E2E).p50Ms())
        .isCloseTo(100, org.assertj.core.data.Percentage.withPercentage(0.1));
  }

  @Test
  void run_providerWithoutUsage_clientCountedAndLabelled() {
    FakeProvider server =
        new FakeProvider(
            "m", clock, FakeProvider.Waiter.virtual(clock), t -> 10 * MS, 6, 5 * MS, false);
    List<RequestRecord> records = new ArrayList<>();
    BenchConfig config =
        new BenchConfig(new LoadModel.Closed(1), Limits.requests(3), Slo.none(), Shard.single(), 1);

    Summary summary =
        LoadDriver.run(new Target("m", server), WORKLOAD, config, virtual, recordingInto(records))
            .summary();

    int expected = TokenCounter.cl100k().count(" palabra".repeat(6));
    assertThat(summary.usageSources()).isEqualTo(Map.of(Usage.Source.CLIENT_COUNT, 3L));
    assertThat(summary.tokens().outputTokens()).isEqualTo(3L * expected);
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.tokens().source()).isEqualTo(Usage.Source.CLIENT_COUNT);
              assertThat(r.tokens().outputTokens()).isEqualTo(expected);
            });
  }

  @Test
  void run_failingServer_errorsByClassAndNoGoodput() {
    FakeProvider server =
        new FakeProvider("m", clock, FakeProvider.Waiter.virtual(clock), t -> 10 * MS, 1, 0, true)
            .failingWith(ErrorClass.HTTP_5XX);
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Open(new ArrivalProcess.Poisson(10)),
            Limits.requests(25),
            Slo.none(),
            Shard.single(),
            1);

    Summary summary =
        LoadDriver.run(new Target("m", server), WORKLOAD, config, virtual, RunObserver.none())
            .summary();

    assertThat(summary.errors()).isEqualTo(Map.of(ErrorClass.HTTP_5XX, 25L));
    assertThat(summary.goodput().goodRequests()).isZero();
    assertThat(summary.errorRate()).isEqualTo(1.0);
  }

  @Test
  void openLoop_twoShardsMerged_equalOneProcess() {
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Open(new ArrivalProcess.Poisson(20)),
            Limits.requests(101),
            Slo.none().with(Metric.E2E, Duration.ofMillis(500)),
            Shard.single(),
            9);
    LevelResult single =
        LoadDriver.run(
            new Target("m", stallingServer()), WORKLOAD, config, virtual, RunObserver.none());
    Aggregator merged = new Aggregator(config.slo(), single.aggregator().windows().get(0));
    for (int i = 0; i < 2; i++) {
      BenchConfig shard =
          new BenchConfig(config.load(), config.limits(), config.slo(), new Shard(i, 2), 9);
      ThreadClock own = new ThreadClock(0);
      Environment env = new Environment(own, own.sleeper(), TokenCounter.cl100k());
      LevelResult part =
          LoadDriver.run(
              new Target("m", stallingServer(own)), WORKLOAD, shard, env, RunObserver.none());
      merged.merge(part.aggregator());
    }

    assertThat(merged.summary().requests()).isEqualTo(101);
    assertThat(merged.summary().latency()).isEqualTo(single.summary().latency());
    assertThat(merged.summary().goodput().goodRequests())
        .isEqualTo(single.summary().goodput().goodRequests());
  }

  @Test
  void run_jsonlObserver_keepsEveryRecord() {
    Path file = dir.resolve("records.jsonl");
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Closed(3), Limits.requests(30), Slo.none(), Shard.single(), 1);
    FakeProvider server =
        new FakeProvider(
            "m", clock, FakeProvider.Waiter.virtual(clock), t -> 10 * MS, 3, 2 * MS, true);

    try (JsonlRecordWriter writer = JsonlRecordWriter.append(file)) {
      LoadDriver.run(
          new Target("m", server),
          WORKLOAD,
          config,
          virtual,
          new RunObserver() {
            @Override
            public void onRecord(RequestRecord record) {
              writer.accept(record);
            }
          });
    }

    List<RequestRecord> read = JsonlRecordReader.read(file);
    assertThat(read).hasSize(30);
    assertThat(read)
        .extracting(RequestRecord::index)
        .containsExactlyInAnyOrder(
            java.util.stream.LongStream.range(0, 30).boxed().toArray(Long[]::new));
  }

  @Test
  void run_callingThreadInterrupted_stopsEarlyAndRestoresFlag() throws Exception {
    FakeProvider server =
        new FakeProvider(
            "m", NanoClock.system(), FakeProvider.Waiter.real(), t -> 20 * MS, 1, 0, true);
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Open(new ArrivalProcess.Constant(20)),
            Limits.timed(Duration.ofSeconds(30), Duration.ZERO),
            Slo.none(),
            Shard.single(),
            1);
    LevelResult[] result = new LevelResult[1];
    boolean[] flag = new boolean[1];
    Thread runner =
        Thread.ofVirtual()
            .start(
                () -> {
                  result[0] =
                      LoadDriver.run(
                          new Target("m", server),
                          WORKLOAD,
                          config,
                          Environment.system(),
                          RunObserver.none());
                  flag[0] = Thread.currentThread().isInterrupted();
                });
    Thread.sleep(300);

    runner.interrupt();
    runner.join(Duration.ofSeconds(10));

    assertThat(runner.isAlive()).isFalse();
    assertThat(result[0].interrupted()).isTrue();
    assertThat(flag[0]).isTrue();
    assertThat(result[0].summary().requests()).isBetween(1L, 100L);
  }

  @Test
  void runFrom_commonStart_shardsShareScheduleAndWindow() {
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Open(new ArrivalProcess.Constant(10)),
            Limits.timed(Duration.ofSeconds(1), Duration.ZERO),
            Slo.none(),
            new Shard(1, 2),
            1);
    List<RequestRecord> records = new ArrayList<>();

    LevelResult result =
        LoadDriver.runFrom(
            5_000 * MS,
            new Target("m", stallingServer()),
            WORKLOAD,
            config,
            virtual,
            recordingInto(records));

    assertThat(result.aggregator().windows())
        .containsExactly(new dev.versus.metrics.MeasureWindow(5_000 * MS, 6_000 * MS));
    assertThat(records)
        .extracting(r -> r.timing().intendedSendNanos())
        .containsExactlyInAnyOrder(5_100 * MS, 5_300 * MS, 5_500 * MS, 5_700 * MS, 5_900 * MS);
  }

  @Test
  void run_providerThrows_runEndsEarlyWithLoadException() {
    FakeProvider server =
        new FakeProvider("m", NanoClock.system(), FakeProvider.Waiter.real(), t -> 0, 1, 0, true)
            .onCall(
                () -> {
                  throw new IllegalStateException("bug in the client");
                });
    BenchConfig config =
        new BenchConfig(
            new LoadModel.Closed(2),
            Limits.timed(Duration.ofSeconds(30), Duration.ZERO),
            Slo.none(),
            Shard.single(),
            1);
    long before = System.nanoTime();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                LoadDriver.run(
                    new Target("m", server),
                    WORKLOAD,
                    config,
                    Environment.system(),
                    RunObserver.none()))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("fake:m")
        .hasMessageContaining("bug in the client");
    assertThat(System.nanoTime() - before).isLessThan(Duration.ofSeconds(10).toNanos());
  }
}
