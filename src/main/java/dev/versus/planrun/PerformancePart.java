package dev.versus.planrun;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.load.BenchConfig;
import dev.versus.load.BenchObserver;
import dev.versus.load.BenchReport;
import dev.versus.load.BenchRun;
import dev.versus.load.BenchSetup;
import dev.versus.load.BenchTarget;
import dev.versus.load.Comparison;
import dev.versus.load.Environment;
import dev.versus.load.LevelOutcome;
import dev.versus.load.Limits;
import dev.versus.load.LoadModel;
import dev.versus.load.LoadPlan;
import dev.versus.load.Shard;
import dev.versus.load.SyntheticSpec;
import dev.versus.load.Workload;
import dev.versus.load.Workloads;
import dev.versus.plan.PerformancePlan;
import dev.versus.store.RunIds;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a plan's performance part as a bench run of its own (kind {@code bench}) through {@link
 * BenchRun}: every model at every level, records and summary stored as they finish.
 */
final class PerformancePart {
  private PerformancePart() {}

  /**
   * Runs the sweep of every model: one bench run for all of them, or with {@code sideBySide} one
   * bench run per model, all at once on separate threads (for models on separate servers, such as
   * the simulator's profiles; the client machine is then shared by their load).
   */
  static List<BenchOutcome> runAll(Store store, PerformancePlan plan, List<BenchTarget> targets,
      Path outDir, Duration levelPause, Clock clock, Consumer<String> progress, boolean sideBySide)
      throws InterruptedException {
    if (!sideBySide || targets.size() < 2) {
      return List.of(run(store, plan, targets, outDir, levelPause, clock, progress, 0));
    }
    List<java.util.concurrent.Future<BenchOutcome>> futures = new java.util.ArrayList<>();
    try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < targets.size(); i++) {
        BenchTarget target = targets.get(i);
        int index = i + 1;
        futures.add(threads.submit(() -> run(store, plan, List.of(target),
            outDir.resolve(target.key()), levelPause, clock, progress, index)));
      }
      List<BenchOutcome> outcomes = new java.util.ArrayList<>();
      for (var future : futures) {
        try {
          outcomes.add(future.get());
        } catch (java.util.concurrent.ExecutionException e) {
          futures.forEach(f -> f.cancel(true));
          throw e.getCause() instanceof RuntimeException r ? r
              : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          // Each bench run takes an interrupt as a stop and keeps what it measured.
          futures.forEach(f -> f.cancel(true));
          throw e;
        }
      }
      return outcomes;
    }
  }

  /**
   * Runs the sweep and returns the bench run's id and summary.
   *
   * @param levelPause idle time between levels, so a server that crashed recovers
   */
  static BenchOutcome run(Store store, PerformancePlan plan, List<BenchTarget> targets, Path outDir,
      Duration levelPause, Clock clock, Consumer<String> progress, int index) {
    Workload workload = plan.workload().prompts().isPresent()
        ? Workloads.fromFile(plan.workload().prompts().get())
        : Workloads.synthetic(new SyntheticSpec(plan.workload().inputTokens(),
            plan.workload().outputTokens(), plan.workload().language(), plan.workload().seed()));
    String description = plan.workload().prompts().map(p -> "file " + p).orElseGet(() ->
        String.format(Locale.ROOT, "synthetic input=%s output=%s language=%s seed=%d",
            plan.workload().inputTokens().describe(), plan.workload().outputTokens().describe(),
            plan.workload().language().name().toLowerCase(Locale.ROOT), plan.workload().seed()));
    Limits limits = new Limits(plan.requests(), plan.duration(), plan.warmup(), Duration.ZERO,
        drain(plan));
    BenchConfig base = new BenchConfig(plan.levels().getFirst(), limits, plan.slo(),
        Shard.single(), plan.workload().seed());
    BenchSetup setup = new BenchSetup(targets,
        new LoadPlan.Levels(plan.levels(), Comparison.Order.SEQUENTIAL), base, workload,
        description, outDir, levelPause);
    String runId = RunIds.next(clock,
        new SplittableRandom(plan.workload().seed() ^ clock.millis() ^ (index * 0x9E3779B97F4A7C15L)));
    BenchObserver observer = new BenchObserver() {
      @Override
      public void onLevelStart(String model, LoadModel level) {
        progress.accept("performance: " + model + " " + level.label());
      }

      @Override
      public void onLevelEnd(String model, LevelOutcome outcome) {}
    };
    BenchReport report =
        BenchRun.create(setup, runId, store, Environment.system(), clock, observer).execute();
    return new BenchOutcome(report.runId(), report.status(), report.summary());
  }

  /**
   * In-flight requests get as long as a level's window, and at least 15 s, to finish after it: a
   * request cut off would count as an error of the client's making.
   */
  private static Duration drain(PerformancePlan plan) {
    Duration window = plan.duration();
    return window.compareTo(Duration.ofSeconds(15)) < 0 ? Duration.ofSeconds(15) : window;
  }

  /** A finished bench part. */
  record BenchOutcome(String runId, RunStatus status, JsonNode summary) {}
}
