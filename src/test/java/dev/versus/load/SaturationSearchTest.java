package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.ErrorClass;
import dev.versus.metrics.Aggregator;
import dev.versus.metrics.MeasureWindow;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Slo;
import dev.versus.metrics.TimingFixtures;
import dev.versus.metrics.TokenCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

class SaturationSearchTest {
  private static final long MS = 1_000_000L;
  private static final SaturationCriteria CRITERIA = new SaturationCriteria(95, 0.01, 20);

  /** A level runner whose levels pass exactly when {@code sustainable} says so. */
  private static LevelRunner synthetic(DoublePredicate sustainable, List<Double> tried) {
    return load -> {
      double level =
          switch (load) {
            case LoadModel.Closed c -> c.concurrency();
            case LoadModel.Open o -> o.arrivals().ratePerSecond();
          };
      tried.add(level);
      Aggregator aggregator = new Aggregator(Slo.none(), new MeasureWindow(0, 1_000 * MS));
      for (int i = 0; i < 10; i++) {
        aggregator.add(
            sustainable.test(level)
                ? TimingFixtures.ok(i, 10 * MS)
                : TimingFixtures.failed(i, ErrorClass.HTTP_5XX));
      }
      return new LevelResult("m", load, aggregator.summary(), aggregator, false);
    };
  }

  @Test
  void run_concurrencyKneeAt37_findsItExactlyWithinBudget() {
    List<Double> tried = new ArrayList<>();

    SaturationResult result =
        SaturationSearch.run(
            new SearchAxis.Concurrency(1, 512), CRITERIA, synthetic(c -> c <= 37, tried));

    assertThat(result.knee()).map(LevelResult::load).hasValue(new LoadModel.Closed(37));
    assertThat(result.saturated()).isTrue();
    assertThat(tried)
        .containsExactly(1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 48.0, 40.0, 36.0, 38.0, 37.0);
    assertThat(result.levels()).hasSize(tried.size());
  }

  @Test
  void run_rateAxis_kneeWithinRelativePrecision() {
    List<Double> tried = new ArrayList<>();

    SaturationResult result =
        SaturationSearch.run(
            new SearchAxis.Rate(1, 1000, 0.05, 1), CRITERIA, synthetic(r -> r <= 13.3, tried));

    double knee =
        result.knee().orElseThrow().load() instanceof LoadModel.Open open
            ? open.arrivals().ratePerSecond()
            : -1;
    assertThat(knee).isBetween(13.3 / 1.05, 13.3);
  }

  @Test
  void run_lowestLevelFails_noKnee() {
    SaturationResult result =
        SaturationSearch.run(
            new SearchAxis.Concurrency(1, 64), CRITERIA, synthetic(c -> false, new ArrayList<>()));

    assertThat(result.knee()).isEmpty();
    assertThat(result.levels()).hasSize(1);
  }

  @Test
  void run_maximumStillPasses_kneeIsMaxAndNotSaturated() {
    List<Double> tried = new ArrayList<>();

    SaturationResult result =
        SaturationSearch.run(
            new SearchAxis.Concurrency(3, 20), CRITERIA, synthetic(c -> true, tried));

    assertThat(tried).containsExactly(3.0, 6.0, 12.0, 20.0);
    assertThat(result.knee()).map(LevelResult::load).hasValue(new LoadModel.Closed(20));
    assertThat(result.saturated()).isFalse();
  }

  @Test
  void run_budgetOfThreeRuns_neverExceeded() {
    List<Double> tried = new ArrayList<>();

    SaturationSearch.run(
        new SearchAxis.Concurrency(1, 1024),
        new SaturationCriteria(95, 0.01, 3),
        synthetic(c -> c < 100, tried));

    assertThat(tried).hasSize(3);
  }

  @Test
  void run_realDriverWithTtftGrowingWithConcurrency_kneeAtSloBoundary() {
    // A server whose TTFT is 10 ms per concurrent client: c=10 meets a 100 ms TTFT SLO, c=11 not.
    Slo slo = Slo.none().with(Metric.TTFT, Duration.ofMillis(100));
    BenchConfig base =
        new BenchConfig(
            new LoadModel.Closed(1),
            Limits.timed(Duration.ofSeconds(2), Duration.ZERO),
            slo,
            Shard.single(),
            1);
    Workload workload =
        Workloads.synthetic(
            new SyntheticSpec(
                new LengthDistribution.Fixed(10), new LengthDistribution.Fixed(3), Language.EN, 1));
    LevelRunner runner =
        load -> {
          int c = ((LoadModel.Closed) load).concurrency();
          ThreadClock clock = new ThreadClock(0);
          FakeProvider server =
              new FakeProvider(
                  "m",
                  clock,
                  FakeProvider.Waiter.virtual(clock),
                  t -> 10 * MS * c,
                  3,
                  5 * MS,
                  true);
          Environment env = new Environment(clock, clock.sleeper(), TokenCounter.cl100k());
          return LoadDriver.run(
              new Target("m", server), workload, base.withLoad(load), env, RunObserver.none());
        };

    SaturationResult result =
        SaturationSearch.run(new SearchAxis.Concurrency(1, 64), CRITERIA, runner);

    assertThat(result.knee()).map(LevelResult::load).hasValue(new LoadModel.Closed(10));
    assertThat(result.knee().orElseThrow().summary().goodput().percent()).isEqualTo(100.0);
  }
}
