package dev.versus.load;

import dev.versus.metrics.Aggregator;
import dev.versus.metrics.MeasureWindow;
import dev.versus.metrics.Summary;

/**
 * Runs one model at one load level: the entry point of {@code versus bench}.
 *
 * <p>Blocks the calling thread until the run ends; requests run on virtual threads. Interrupting
 * the calling thread (e.g. from a Ctrl-C hook) ends the run early: requests in flight are cancelled
 * and left out of the summary, records already passed to the observer stay valid, the result says
 * {@code interrupted} and the thread's interrupt flag is set again.
 */
public final class LoadDriver {
  private LoadDriver() {}

  /**
   * Runs {@code config} against {@code target} with prompts from {@code workload}.
   *
   * @throws LoadException when the provider throws instead of returning a failed outcome
   */
  public static LevelResult run(
      Target target, Workload workload, BenchConfig config, Environment env, RunObserver observer) {
    return runFrom(env.clock().nanoTime(), target, workload, config, env, observer);
  }

  /**
   * Like {@link #run}, but the run starts at {@code startNanos} of the environment's clock (waiting
   * for it first), so shards of a distributed run given the same start share one schedule and one
   * measured window.
   *
   * @throws LoadException when the provider throws instead of returning a failed outcome, or the
   *     thread is interrupted before the start
   */
  public static LevelResult runFrom(
      long startNanos,
      Target target,
      Workload workload,
      BenchConfig config,
      Environment env,
      RunObserver observer) {
    try {
      env.sleeper().sleepUntil(startNanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoadException("interrupted while waiting for the run's start", e);
    }
    Limits limits = config.limits();
    long start = startNanos;
    long windowStart = start + limits.warmup().toNanos();
    MeasureWindow window =
        limits.duration().isZero()
            ? MeasureWindow.openFrom(windowStart)
            : new MeasureWindow(windowStart, windowStart + limits.duration().toNanos());
    Aggregator aggregator = new Aggregator(config.slo(), window);
    RunState state = new RunState(target, workload, config, env, observer, start, aggregator);
    boolean interrupted =
        switch (config.load()) {
          case LoadModel.Closed closed -> new ClosedLoop(state, closed).run();
          case LoadModel.Open open -> new OpenLoop(state, open).run();
        };
    if (window.open()) {
      aggregator.closeWindow(Math.max(state.latestNanos(), windowStart) + 1);
    }
    state.rethrowFailure();
    Summary summary = aggregator.summary();
    return new LevelResult(target.modelKey(), config.load(), summary, aggregator, interrupted);
  }
}
