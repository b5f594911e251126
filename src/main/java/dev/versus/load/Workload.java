package dev.versus.load;

/**
 * The prompts of a benchmark, by request index. The same index always gives the same prompt, so
 * every model of a comparison and every shard sees identical prompts. Thread-safe.
 */
@FunctionalInterface
public interface Workload {

  /** The prompt for request {@code index} (0 or more). */
  BenchPrompt prompt(long index);
}
