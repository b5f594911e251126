package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.versus.metrics.Metric;
import dev.versus.metrics.Slo;
import dev.versus.metrics.Summary;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderRegistry;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.Profiles;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.sim.SimServerConfig;
import dev.versus.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sharded bench with several load levels, in one JVM: three {@link BenchRun#createShard} runs on
 * their own threads (one run id, one start instant, one SQLite store) against the simulator over
 * loopback, compared with the same two levels run by one process. The steady profile (20 ms per
 * decode step, no jitter) makes a 10-token request take about 200 ms whatever the load.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShardLevelsTest {
  private static final long SEED = 3;
  private static final List<LoadModel> LEVELS = List.of(
      new LoadModel.Open(new ArrivalProcess.Constant(10)),
      new LoadModel.Open(new ArrivalProcess.Constant(20)));
  /** 1.5 s measured per level, no warm-up; a 1 s drain bounds each level's 4 s slot below. */
  private static final Limits LIMITS = new Limits(0, Duration.ofMillis(1500), Duration.ZERO,
      Duration.ZERO, Duration.ofSeconds(1));

  @TempDir Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private Store store;
  private BenchTarget target;

  @BeforeEach
  void start() {
    store = Store.open(dir.resolve("store.db").toString());
    SimServer server = SimServer.start(
        List.of(SimModels.create(Profiles.load("src/test/resources/bench/steady.yaml"), 7,
            AnswerKeys.empty())),
        SimServerConfig.defaults());
    open.add(server);
    String reference = "openai:bench-steady@" + server.openAiBaseUri();
    ChatProvider provider = ProviderRegistry.create(name -> null).create(reference);
    open.add(provider);
    target = new BenchTarget(new Target(reference, provider), reference, true, "");
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
    store.close();
  }

  private BenchSetup setup(LoadPlan plan, Limits limits, Shard shard, String out, Duration pause) {
    Workload workload = Workloads.synthetic(new SyntheticSpec(new LengthDistribution.Fixed(32),
        new LengthDistribution.Fixed(10), Language.ES, SEED));
    return new BenchSetup(List.of(target), plan,
        new BenchConfig(new LoadModel.Closed(1), limits, Slo.none(), shard, SEED),
        workload, "synthetic test", dir.resolve(out), pause);
  }

  private BenchRun shard(LoadPlan plan, Limits limits, Shard shard, Instant start) {
    return BenchRun.createShard(setup(plan, limits, shard, "shard-" + shard.index(),
        Duration.ofMillis(500)), "levels", start, store, Environment.system(), Clock.systemUTC(),
        BenchObserver.none());
  }

  private static LoadPlan levels(List<LoadModel> levels) {
    return new LoadPlan.Levels(levels, Comparison.Order.SEQUENTIAL);
  }

  @Test
  void twoLevelsThreeShards_mergePerLevelLikeOneProcess() throws Exception {
    BenchReport single = BenchRun.create(setup(levels(LEVELS), LIMITS, Shard.single(), "single",
        Duration.ZERO), "single", store, Environment.system(), Clock.systemUTC(),
        BenchObserver.none()).execute();

    assertThat(BenchRun.levelSlot(setup(levels(LEVELS), LIMITS, new Shard(0, 3), "x",
        Duration.ofMillis(500)))).isEqualTo(Duration.ofMillis(3000));
    Instant start = Instant.now().plusMillis(500);
    List<BenchReport> shards = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<BenchReport>> futures = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        BenchRun run = shard(levels(LEVELS), LIMITS, new Shard(i, 3), start);
        futures.add(pool.submit(run::execute));
      }
      for (Future<BenchReport> f : futures) {
        shards.add(f.get(30, TimeUnit.SECONDS));
      }
    }
    MergedRun merged = ShardMerge.summaries(store, "levels");

    assertThat(merged.shardsSeen()).containsExactly(0, 1, 2);
    assertThat(merged.levels()).extracting(MergedLevel::level)
        .containsExactly("constant:10/s", "constant:20/s");
    assertThat(merged.summaryJson().at("/models/0/levels")).hasSize(2);
    assertThat(merged.summaryJson().at("/models/0/levels/1/load/rate").asDouble()).isEqualTo(20);
    long span = LIMITS.sendSpanNanos();
    for (int k = 0; k < 2; k++) {
      MergedLevel level = merged.levels().get(k);
      Summary m = level.summary();
      Summary alone = single.models().getFirst().levels().get(k).result().summary();
      long expected = Schedule.offsets(
          ((LoadModel.Open) LEVELS.get(k)).arrivals(), SEED, 0, span).length;
      // Exact: every request of the level's one global schedule, once, whichever shard sent it.
      assertThat(m.requests()).as("level %d requests", k).isEqualTo(expected)
          .isEqualTo(alone.requests());
      assertThat(m.failed()).isZero();
      assertThat(level.shards()).hasSize(3);
      assertThat(level.shards().stream().mapToLong(ShardFigures::requests).sum())
          .isEqualTo(expected);
      for (Metric metric : Metric.values()) {
        Histogram sum = new Histogram(3);
        for (BenchReport shard : shards) {
          sum.add(shard.models().getFirst().levels().get(k).result().aggregator().histogram(metric));
        }
        Histogram mergedHistogram = level.aggregator().histogram(metric);
        assertThat(mergedHistogram.getTotalCount()).as("%s level %d", metric, k)
            .isEqualTo(sum.getTotalCount());
        assertThat(mergedHistogram).as("%s level %d: merged = sum of the shards'", metric, k)
            .isEqualTo(sum);
        assertThat(level.intervalTotal(metric)).as("%s level %d: stored intervals", metric, k)
            .isEqualTo(mergedHistogram);
      }
      // Each shard started the level on the common timetable (its own time origin), on time.
      for (ShardFigures f : level.shards()) {
        assertThat(f.sendDelayP99Ms()).as("level %d shard %d send delay", k, f.shard())
            .isLessThan(300);
      }
      // Tolerance: open-loop throughput follows the schedule, so it agrees within 15 %.
      double rate = alone.throughput().requestsPerSecond();
      assertThat(m.throughput().requestsPerSecond()).as("level %d req/s", k)
          .isCloseTo(rate, within(0.15 * rate));
      System.out.printf(java.util.Locale.ROOT,
          "level %s: single %.2f req/s E2E p50 %.1f ms; merged %.2f req/s E2E p50 %.1f ms%n",
          level.level(), rate, alone.latency(Metric.E2E).p50Ms(),
          m.throughput().requestsPerSecond(), m.latency(Metric.E2E).p50Ms());
    }
  }

  @Test
  void twoClosedLevelsThreeShards_shareTheConcurrencyPerLevel() throws Exception {
    List<LoadModel> closed = List.of(new LoadModel.Closed(3), new LoadModel.Closed(6));
    Limits limits = LIMITS.withMaxRequests(12);
    Instant start = Instant.now().plusMillis(300);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<BenchReport>> futures = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        futures.add(pool.submit(shard(levels(closed), limits, new Shard(i, 3), start)::execute));
      }
      for (Future<BenchReport> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    }
    MergedRun merged = ShardMerge.summaries(store, "levels");
    assertThat(merged.levels()).extracting(MergedLevel::level).containsExactly("c=3", "c=6");
    for (MergedLevel level : merged.levels()) {
      // 12 requests take 4 (c=3) or 2 (c=6) rounds of ~200 ms: the count limit ends each level.
      assertThat(level.summary().requests()).as(level.level()).isEqualTo(12);
      assertThat(level.shards().stream().mapToLong(ShardFigures::requests).sum()).isEqualTo(12);
    }
  }

  @Test
  void createShard_severalLevelsWithCountLimitOnly_namesTheFlags() {
    assertThatThrownBy(() -> shard(levels(LEVELS), Limits.requests(10), new Shard(0, 2),
        Instant.now()))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("--duration").hasMessageContaining("--requests");
  }

  @Test
  void createShard_findMax_isRejected() {
    LoadPlan findMax = new LoadPlan.FindMax(new SearchAxis.Concurrency(1, 8),
        new SaturationCriteria(90, 0.01, 4));
    assertThatThrownBy(() -> shard(findMax, LIMITS, new Shard(0, 2), Instant.now()))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("--find-max");
  }
}
