package dev.versus.load;

import dev.versus.metrics.Slo;
import java.util.Objects;

/**
 * One load level of a benchmark.
 *
 * @param load closed or open loop, with its level
 * @param limits count, duration, warm-up, cool-down and drain
 * @param slo the objectives goodput is measured against
 * @param shard this process's share
 * @param seed seeds the arrival schedule (the workload has its own seed)
 */
public record BenchConfig(LoadModel load, Limits limits, Slo slo, Shard shard, long seed) {
  public BenchConfig {
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(slo, "slo");
    Objects.requireNonNull(shard, "shard");
  }

  public BenchConfig withLoad(LoadModel value) {
    return new BenchConfig(value, limits, slo, shard, seed);
  }
}
