package dev.versus.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * One interval of an HdrHistogram interval log: the histogram of one metric of one model at one
 * load level over one time slice, as written by a bench shard (DESIGN §10). Shards' intervals
 * merge losslessly into the run's histogram.
 *
 * <p>The store does not interpret {@code histogram}; the metrics feature writes it with
 * {@code AbstractHistogram.encodeIntoCompressedByteBuffer} and reads it back with
 * {@code decodeFromCompressedByteBuffer}.
 *
 * @param runId the run (must exist)
 * @param shard the shard index, 0 when not sharded
 * @param modelKey the model's key in the plan
 * @param loadLevel the load point's label, e.g. {@code c=32}
 * @param metric what was measured, e.g. {@code ttft}, {@code itl}, {@code e2e}
 * @param startNanos the interval's start, nanoseconds since the run's time origin
 * @param durationNanos the interval's length in nanoseconds
 * @param histogram the compressed histogram, not empty
 */
public record HistogramIntervalRow(
    String runId,
    int shard,
    String modelKey,
    String loadLevel,
    String metric,
    long startNanos,
    long durationNanos,
    byte[] histogram) {

  public HistogramIntervalRow {
    Rows.required(runId, "runId");
    Rows.nonNegative(shard, "shard");
    Rows.required(modelKey, "modelKey");
    Rows.text(loadLevel, "loadLevel");
    Rows.required(metric, "metric");
    Rows.nonNegative(startNanos, "startNanos");
    Rows.nonNegative(durationNanos, "durationNanos");
    if (histogram.length == 0) {
      throw new IllegalArgumentException("histogram must not be empty");
    }
    histogram = histogram.clone();
  }

  /** A copy of the compressed histogram (the record keeps its own). */
  @Override
  public byte[] histogram() {
    return histogram.clone();
  }

  byte[] histogramView() {
    return histogram;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HistogramIntervalRow r
        && runId.equals(r.runId)
        && shard == r.shard
        && modelKey.equals(r.modelKey)
        && loadLevel.equals(r.loadLevel)
        && metric.equals(r.metric)
        && startNanos == r.startNanos
        && durationNanos == r.durationNanos
        && Arrays.equals(histogram, r.histogram);
  }

  @Override
  public int hashCode() {
    return Objects.hash(runId, shard, modelKey, loadLevel, metric, startNanos, durationNanos,
        Arrays.hashCode(histogram));
  }

  @Override
  public String toString() {
    return "HistogramIntervalRow[run=" + runId + ", shard=" + shard + ", model=" + modelKey
        + ", level=" + loadLevel + ", metric=" + metric + ", start=" + startNanos
        + ", duration=" + durationNanos + ", bytes=" + histogram.length + "]";
  }
}
