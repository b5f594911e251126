package dev.versus.load;

import dev.versus.metrics.TokenCounter;
import java.nio.file.Path;
import java.util.List;

/** Factories for {@link Workload}s. */
public final class Workloads {
  private Workloads() {}

  /** Synthetic prompts (see {@link SyntheticSpec}), measured with cl100k_base. */
  public static Workload synthetic(SyntheticSpec spec) {
    return new SyntheticWorkload(spec, TokenCounter.cl100k());
  }

  /** The given prompts, cycled: request {@code i} gets prompt {@code i mod size}. */
  public static Workload cycling(List<BenchPrompt> prompts) {
    List<BenchPrompt> copy = List.copyOf(prompts);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a workload needs at least one prompt");
    }
    return index -> copy.get((int) Math.floorMod(index, (long) copy.size()));
  }

  /**
   * Prompts read from a file (see {@link PromptFiles#read(Path)}), cycled.
   *
   * @throws LoadException naming file and line when the file is malformed
   */
  public static Workload fromFile(Path path) {
    return cycling(PromptFiles.read(path));
  }
}
