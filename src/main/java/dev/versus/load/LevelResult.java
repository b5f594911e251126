package dev.versus.load;

import dev.versus.metrics.Aggregator;
import dev.versus.metrics.Summary;
import java.util.Objects;

/**
 * The outcome of one model at one load level.
 *
 * @param modelKey the model
 * @param load the level
 * @param summary the figures
 * @param aggregator the mergeable state behind {@code summary} (merge shards with it); do not add
 *     to it after the run
 * @param interrupted whether the run was cut short by an interrupt (its data is still valid)
 */
public record LevelResult(
    String modelKey, LoadModel load, Summary summary, Aggregator aggregator, boolean interrupted) {
  public LevelResult {
    Objects.requireNonNull(modelKey, "modelKey");
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(aggregator, "aggregator");
  }
}
