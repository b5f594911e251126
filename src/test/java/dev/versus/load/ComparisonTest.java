package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ChatRequest;
import dev.versus.metrics.RequestRecord;
import dev.versus.metrics.Slo;
import dev.versus.metrics.TokenCounter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final long MS = 1_000_000L;
  private final ThreadClock clock = new ThreadClock(0);
  private final Environment env = new Environment(clock, clock.sleeper(), TokenCounter.cl100k());
  private final Workload workload =
      Workloads.synthetic(
          new SyntheticSpec(
              new LengthDistribution.Uniform(5, 50),
              new LengthDistribution.Fixed(4),
              Language.ES,
              21));
  private final BenchConfig base =
      new BenchConfig(new LoadModel.Closed(1), Limits.requests(6), Slo.none(), Shard.single(), 1);
  private final List<LoadModel> levels = List.of(new LoadModel.Closed(1), new LoadModel.Closed(2));

  private FakeProvider server(String model, long firstByteMs) {
    return new FakeProvider(
        model, clock, FakeProvider.Waiter.virtual(clock), t -> firstByteMs * MS, 4, MS, true);
  }

  private static RunObserver runOrder(Set<String> order) {
    Set<String> sync = Collections.synchronizedSet(order);
    return new RunObserver() {
      @Override
      public void onRecord(RequestRecord record) {
        sync.add(record.model() + "@" + record.level());
      }
    };
  }

  @Test
  void run_interleaved_alternatesModelsPerLevelAndSendsSamePrompts() {
    FakeProvider fast = server("flash", 10);
    FakeProvider slow = server("maverick", 40);
    Set<String> order = new LinkedHashSet<>();

    Map<String, List<LevelResult>> results =
        Comparison.run(
            List.of(new Target("flash", fast), new Target("maverick", slow)),
            workload,
            base,
            levels,
            Comparison.Order.INTERLEAVED,
            env,
            runOrder(order));

    assertThat(order).containsExactly("flash@c=1", "maverick@c=1", "flash@c=2", "maverick@c=2");
    assertThat(results.keySet()).containsExactly("flash", "maverick");
    assertThat(results.get("flash"))
        .extracting(LevelResult::load)
        .containsExactlyElementsOf(levels);
    assertThat(messagesOf(fast)).isEqualTo(messagesOf(slow));
    assertThat(
            results.get("flash").get(0).summary().latency(dev.versus.metrics.Metric.TTFT).p50Ms())
        .isLessThan(
            results
                .get("maverick")
                .get(0)
                .summary()
                .latency(dev.versus.metrics.Metric.TTFT)
                .p50Ms());
  }

  @Test
  void run_sequential_allLevelsOfOneModelFirst() {
    Set<String> order = new LinkedHashSet<>();

    Comparison.run(
        List.of(new Target("a", server("a", 1)), new Target("b", server("b", 1))),
        workload,
        base,
        levels,
        Comparison.Order.SEQUENTIAL,
        env,
        runOrder(order));

    assertThat(order).containsExactly("a@c=1", "a@c=2", "b@c=1", "b@c=2");
  }

  @Test
  void run_duplicateModelKey_rejected() {
    FakeProvider p = server("a", 1);

    assertThatThrownBy(
            () ->
                Comparison.run(
                    List.of(new Target("a", p), new Target("a", p)),
                    workload,
                    base,
                    levels,
                    Comparison.Order.SEQUENTIAL,
                    env,
                    RunObserver.none()))
        .hasMessageContaining("'a' appears twice");
  }

  @Test
  void sweep_concurrencyLevels_throughputScalesWithClients() {
    BenchConfig timed =
        new BenchConfig(
            new LoadModel.Closed(1),
            Limits.timed(java.time.Duration.ofSeconds(1), java.time.Duration.ZERO),
            Slo.none(),
            Shard.single(),
            1);
    FakeProvider p =
        new FakeProvider("m", clock, FakeProvider.Waiter.virtual(clock), t -> 100 * MS, 1, 0, true);

    List<LevelResult> results =
        Sweep.run(
            List.of(new LoadModel.Closed(1), new LoadModel.Closed(2), new LoadModel.Closed(4)),
            LevelRunner.of(new Target("m", p), workload, timed, env, RunObserver.none()));

    assertThat(results)
        .extracting(r -> r.summary().throughput().requestsPerSecond())
        .containsExactly(10.0, 20.0, 40.0);
  }

  private static List<List<dev.versus.core.Message>> messagesOf(FakeProvider provider) {
    List<List<dev.versus.core.Message>> all = new ArrayList<>();
    for (ChatRequest r : provider.requests) {
      all.add(r.messages());
    }
    all.sort(java.util.Comparator.comparing(Object::toString));
    return all;
  }
}
