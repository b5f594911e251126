package dev.versus.load;

import java.util.ArrayList;
import java.util.List;

/** Runs a list of load levels one after the other (a concurrency or rate sweep). */
public final class Sweep {
  private Sweep() {}

  /**
   * Runs every level in order; stops after a level that was interrupted.
   *
   * @return one result per level run, in order
   */
  public static List<LevelResult> run(List<LoadModel> levels, LevelRunner runner) {
    List<LevelResult> results = new ArrayList<>(levels.size());
    for (LoadModel level : List.copyOf(levels)) {
      LevelResult result = runner.run(level);
      results.add(result);
      if (result.interrupted()) {
        break;
      }
    }
    return List.copyOf(results);
  }
}
