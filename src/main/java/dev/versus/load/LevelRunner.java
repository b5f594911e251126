package dev.versus.load;

/** Runs one load level to completion; sweeps and the saturation search call it once per level. */
@FunctionalInterface
public interface LevelRunner {

  /** Runs {@code level} and returns its result. */
  LevelResult run(LoadModel level);

  /** Runs levels with {@link LoadDriver}: {@code base} with its load replaced by each level. */
  static LevelRunner of(
      Target target, Workload workload, BenchConfig base, Environment env, RunObserver observer) {
    return level -> LoadDriver.run(target, workload, base.withLoad(level), env, observer);
  }
}
