package dev.versus.load;

import dev.versus.metrics.Aggregator;
import dev.versus.metrics.IntervalHistograms;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Summary;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * One model at one load level of a sharded run, merged over its shards.
 *
 * @param modelKey the model
 * @param level the level label, e.g. {@code c=8}
 * @param summary the merged figures (histograms added, throughput over the union of windows)
 * @param aggregator the merged state behind {@code summary}
 * @param intervalTotals per metric, the sum of every shard's stored interval histograms
 *     (nanoseconds); equals the merged latency histograms when every interval was stored
 * @param shards each shard's own figures, by shard index
 */
public record MergedLevel(
    String modelKey,
    String level,
    Summary summary,
    Aggregator aggregator,
    Map<Metric, Histogram> intervalTotals,
    List<ShardFigures> shards) {
  public MergedLevel {
    Objects.requireNonNull(modelKey, "modelKey");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(aggregator, "aggregator");
    EnumMap<Metric, Histogram> copies = new EnumMap<>(Metric.class);
    intervalTotals.forEach((metric, h) -> copies.put(metric, h.copy()));
    intervalTotals = copies;
    shards = List.copyOf(shards);
  }

  /** A copy of the summed interval histogram of {@code metric} (empty when none was stored). */
  public Histogram intervalTotal(Metric metric) {
    Histogram h = intervalTotals.get(metric);
    return h == null ? IntervalHistograms.emptyHistogram() : h.copy();
  }
}
