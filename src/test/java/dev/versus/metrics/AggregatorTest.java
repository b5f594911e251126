package dev.versus.metrics;

import static dev.versus.metrics.TestRecords.MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.versus.core.ErrorClass;
import dev.versus.core.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class AggregatorTest {
  private static final MeasureWindow TEN_SECONDS = new MeasureWindow(0, 10_000 * MS);

  @Test
  void summary_uniformLatencies_percentilesWithinHistogramPrecision() {
    Aggregator aggregator = new Aggregator(Slo.none(), TEN_SECONDS);
    for (int i = 1; i <= 1000; i++) {
      aggregator.add(TestRecords.okE2e(i, i, i));
    }

    LatencyStats e2e = aggregator.summary().latency(Metric.E2E);

    assertThat(e2e.count()).isEqualTo(1000);
    assertThat(e2e.p50Ms()).isCloseTo(500, Percentage.withPercentage(0.1));
    assertThat(e2e.p90Ms()).isCloseTo(900, Percentage.withPercentage(0.1));
    assertThat(e2e.p99Ms()).isCloseTo(990, Percentage.withPercentage(0.1));
    assertThat(e2e.p999Ms()).isCloseTo(999, Percentage.withPercentage(0.1));
    assertThat(e2e.minMs()).isCloseTo(1, Percentage.withPercentage(0.1));
    assertThat(e2e.maxMs()).isCloseTo(1000, Percentage.withPercentage(0.1));
    assertThat(e2e.meanMs()).isCloseTo(500.5, Percentage.withPercentage(0.1));
    assertThat(e2e.stddevMs()).isCloseTo(288.7, Percentage.withPercentage(0.5));
  }

  @Test
  void summary_exponentialLatencies_p99MatchesQuantile() {
    Aggregator aggregator = new Aggregator(Slo.none(), TEN_SECONDS);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 100_000; i++) {
      long ms = Math.max(1, Math.round(-100 * Math.log(1 - random.nextDouble())));
      aggregator.add(TestRecords.okE2e(i, 1, ms));
    }

    LatencyStats e2e = aggregator.summary().latency(Metric.E2E);

    assertThat(e2e.p50Ms()).isCloseTo(100 * Math.log(2), Percentage.withPercentage(3));
    assertThat(e2e.p99Ms()).isCloseTo(100 * Math.log(100), Percentage.withPercentage(3));
    assertThat(e2e.meanMs()).isCloseTo(100, Percentage.withPercentage(2));
  }

  @Test
  void summary_warmupAndCooldownRecords_areExcludedFromThroughput() {
    Aggregator aggregator = new Aggregator(Slo.none(), new MeasureWindow(2_000 * MS, 4_000 * MS));
    aggregator.add(TestRecords.ok(0, 1_000, 10, new long[] {10}, 100)); // warm-up
    aggregator.add(TestRecords.ok(1, 2_000, 10, new long[] {10}, 100));
    aggregator.add(TestRecords.ok(2, 3_999, 10, new long[] {10}, 100));
    aggregator.add(TestRecords.ok(3, 4_000, 10, new long[] {10}, 100)); // cool-down

    Summary summary = aggregator.summary();

    assertThat(summary.requests()).isEqualTo(2);
    assertThat(summary.excluded()).isEqualTo(2);
    assertThat(summary.windowSeconds()).isEqualTo(2.0);
    assertThat(summary.throughput().requestsPerSecond()).isEqualTo(1.0);
    assertThat(summary.throughput().outputTokensPerSecond()).isEqualTo(100.0);
    assertThat(summary.throughput().totalTokensPerSecond()).isEqualTo(110.0);
  }

  @Test
  void summary_peakBucket_takesFullestSecond() {
    Aggregator aggregator = new Aggregator(Slo.none(), TEN_SECONDS);
    // 4 events of 25 tokens each at 100, 300, 1100, 1300 ms: 50 tokens in second 0 and 1.
    aggregator.add(TestRecords.ok(0, 0, 100, new long[] {200, 800, 200}, 100));
    // 2 events of 30 tokens at 1500, 1600 ms: second 1 now holds 110.
    aggregator.add(TestRecords.ok(1, 1_000, 500, new long[] {100}, 60));

    assertThat(aggregator.summary().throughput().peakOutputTokensPerSecond())
        .isCloseTo(110.0, within(1e-9));
  }

  @Test
  void summary_goodput_countsOnlyRequestsMeetingEverySloAndErrorsAgainst() {
    Slo slo =
        Slo.none()
            .with(Metric.TTFT, Duration.ofMillis(100))
            .with(Metric.ITL, Duration.ofMillis(50));
    Aggregator aggregator = new Aggregator(slo, TEN_SECONDS);
    aggregator.add(TestRecords.ok(0, 0, 100, new long[] {50, 50}, 3)); // good (limits inclusive)
    aggregator.add(TestRecords.ok(1, 0, 101, new long[] {10}, 2)); // TTFT too slow
    aggregator.add(TestRecords.ok(2, 0, 10, new long[] {10, 51}, 3)); // one gap too slow
    aggregator.add(TestRecords.failed(3, 0, ErrorClass.RATE_LIMITED));
    aggregator.add(TestRecords.failed(4, 0, ErrorClass.BACKEND_CRASH));
    aggregator.add(TestRecords.failed(5, 0, ErrorClass.RATE_LIMITED));

    Summary summary = aggregator.summary();

    assertThat(summary.goodput().goodRequests()).isEqualTo(1);
    assertThat(summary.goodput().percent()).isCloseTo(100.0 / 6, within(1e-9));
    assertThat(summary.goodput().requestsPerSecond()).isCloseTo(0.1, within(1e-9));
    assertThat(summary.errors())
        .isEqualTo(Map.of(ErrorClass.RATE_LIMITED, 2L, ErrorClass.BACKEND_CRASH, 1L));
    assertThat(summary.errorRate()).isEqualTo(0.5);
    assertThat(summary.completed()).isEqualTo(3);
    assertThat(summary.latency(Metric.E2E).count()).isEqualTo(3);
  }

  @Test
  void summary_usageSources_countedPerCompletedRequest() {
    Aggregator aggregator = new Aggregator(Slo.none(), TEN_SECONDS);
    aggregator.add(TestRecords.okE2e(0, 0, 10));
    RequestRecord server = TestRecords.okE2e(1, 0, 10);
    aggregator.add(
        new RequestRecord(
            1,
            "m",
            "c=1",
            0,
            server.timing(),
            new TokenCounts(0, 0, 0, 5, 4, 0, Usage.Source.CLIENT_COUNT),
            200,
            server.status()));

    assertThat(aggregator.summary().usageSources())
        .isEqualTo(Map.of(Usage.Source.SERVER, 1L, Usage.Source.CLIENT_COUNT, 1L));
  }

  @Test
  void merge_shardsOfOneRun_equalsSingleAggregator() {
    Slo slo = Slo.none().with(Metric.E2E, Duration.ofMillis(300));
    Aggregator single = new Aggregator(slo, TEN_SECONDS);
    List<Aggregator> shards = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      shards.add(new Aggregator(slo, TEN_SECONDS));
    }
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 3000; i++) {
      RequestRecord record =
          i % 17 == 0
              ? TestRecords.failed(i, random.nextLong(10_000), ErrorClass.TIMEOUT)
              : TestRecords.ok(
                  i,
                  random.nextLong(10_000),
                  1 + random.nextLong(200),
                  new long[] {1 + random.nextLong(40), 1 + random.nextLong(40)},
                  3);
      single.add(record);
      shards.get(i % 3).add(record);
    }
    Aggregator merged = new Aggregator(slo, TEN_SECONDS);
    merged.merge(shards.get(0));
    merged.merge(shards.get(1));
    merged.merge(shards.get(2));

    assertThat(merged.summary()).isEqualTo(single.summary());
    for (Metric metric : Metric.values()) {
      assertThat(merged.histogram(metric)).isEqualTo(single.histogram(metric));
    }
  }

  @Test
  void merge_disjointWindows_throughputOverUnion() {
    Aggregator first = new Aggregator(Slo.none(), new MeasureWindow(0, 1_000 * MS));
    Aggregator second = new Aggregator(Slo.none(), new MeasureWindow(500 * MS, 2_000 * MS));
    Aggregator third = new Aggregator(Slo.none(), new MeasureWindow(5_000 * MS, 6_000 * MS));
    first.add(TestRecords.okE2e(0, 100, 10));
    second.add(TestRecords.okE2e(1, 1_500, 10));
    third.add(TestRecords.okE2e(2, 5_500, 10));

    first.merge(second);
    first.merge(third);

    assertThat(first.windows())
        .containsExactly(
            new MeasureWindow(0, 2_000 * MS), new MeasureWindow(5_000 * MS, 6_000 * MS));
    assertThat(first.summary().throughput().requestsPerSecond()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void closeWindow_countLimitedRun_summarisesUpToLastCompletion() {
    Aggregator aggregator = new Aggregator(Slo.none(), MeasureWindow.openFrom(0));
    aggregator.add(TestRecords.okE2e(0, 0, 500));
    aggregator.add(TestRecords.okE2e(1, 1_000, 1_000));
    assertThatThrownBy(aggregator::summary).isInstanceOf(IllegalStateException.class);

    aggregator.closeWindow(2_000 * MS);

    assertThat(aggregator.summary().throughput().requestsPerSecond()).isEqualTo(1.0);
  }

  @Test
  void slo_nonPositiveLimit_rejectedWithMetricName() {
    assertThatThrownBy(() -> Slo.none().with(Metric.TPOT, Duration.ZERO))
        .hasMessageContaining("tpot");
  }
}
