package dev.versus.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several models on the same workload and levels. Every model gets the same prompts, because a
 * workload's prompt depends only on its seed and the request index.
 */
public final class Comparison {

  /** In which order model × level runs happen. */
  public enum Order {
    /** All levels of the first model, then all levels of the next. */
    SEQUENTIAL,
    /**
     * Each level for every model before the next level, so slow drift of the network or the client
     * machine affects all models alike.
     */
    INTERLEAVED
  }

  private Comparison() {}

  /**
   * Runs every target at every level.
   *
   * @return per model key (in {@code targets} order), its results in level order
   */
  public static Map<String, List<LevelResult>> run(
      List<Target> targets,
      Workload workload,
      BenchConfig base,
      List<LoadModel> levels,
      Order order,
      Environment env,
      RunObserver observer) {
    Map<String, List<LevelResult>> results = new LinkedHashMap<>();
    for (Target target : targets) {
      if (results.put(target.modelKey(), new ArrayList<>()) != null) {
        throw new IllegalArgumentException("model key '" + target.modelKey() + "' appears twice");
      }
    }
    List<Map.Entry<Target, LoadModel>> plan = new ArrayList<>();
    if (order == Order.SEQUENTIAL) {
      targets.forEach(t -> levels.forEach(level -> plan.add(Map.entry(t, level))));
    } else {
      levels.forEach(level -> targets.forEach(t -> plan.add(Map.entry(t, level))));
    }
    for (Map.Entry<Target, LoadModel> step : plan) {
      Target target = step.getKey();
      LevelResult result =
          LoadDriver.run(target, workload, base.withLoad(step.getValue()), env, observer);
      results.get(target.modelKey()).add(result);
      if (result.interrupted()) {
        break;
      }
    }
    Map<String, List<LevelResult>> frozen = new LinkedHashMap<>();
    results.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    return Collections.unmodifiableMap(frozen);
  }
}
