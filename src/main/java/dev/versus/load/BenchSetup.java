package dev.versus.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link BenchRun} runs.
 *
 * @param targets the models, in order; keys must differ
 * @param plan the load levels
 * @param base limits, SLO, shard and schedule seed (its load is replaced per level)
 * @param workload the prompts
 * @param workloadDescription how the prompts were made, for the summary (e.g. {@code synthetic
 *     input=512 output=256 language=es seed=0})
 * @param outDir where {@code summary.json} and {@code records.jsonl} go (created if missing)
 * @param levelPause idle time before every level but the first, so a server that crashed or
 *     queued up during one level recovers before the next is measured
 */
public record BenchSetup(
    List<BenchTarget> targets,
    LoadPlan plan,
    BenchConfig base,
    Workload workload,
    String workloadDescription,
    Path outDir,
    Duration levelPause) {
  public BenchSetup {
    Objects.requireNonNull(levelPause, "levelPause");
    if (levelPause.isNegative()) {
      throw new IllegalArgumentException("levelPause must not be negative, got " + levelPause);
    }
    targets = List.copyOf(targets);
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(workloadDescription, "workloadDescription");
    Objects.requireNonNull(outDir, "outDir");
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a bench needs at least one model");
    }
    Set<String> keys = new HashSet<>();
    for (BenchTarget target : targets) {
      if (!keys.add(target.key())) {
        throw new IllegalArgumentException("model '" + target.key() + "' is given twice");
      }
    }
  }

  /** A setup with no pause between levels. */
  public BenchSetup(
      List<BenchTarget> targets,
      LoadPlan plan,
      BenchConfig base,
      Workload workload,
      String workloadDescription,
      Path outDir) {
    this(targets, plan, base, workload, workloadDescription, outDir, Duration.ZERO);
  }

  /** Whether any model is simulated. */
  public boolean simulated() {
    return targets.stream().anyMatch(BenchTarget::simulated);
  }
}
