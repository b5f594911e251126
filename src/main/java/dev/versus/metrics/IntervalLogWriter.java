package dev.versus.metrics;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Objects;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes an HdrHistogram interval log: per interval, one histogram per {@link Metric} (nanosecond
 * values, tagged with the metric's wire name), so shards can be merged losslessly later with {@link
 * IntervalLogReader}. Thread-safe: records may be added from request threads while another thread
 * closes intervals.
 */
public final class IntervalLogWriter implements AutoCloseable {
  private final HistogramLogWriter log;
  private final EnumMap<Metric, Histogram> current = new EnumMap<>(Metric.class);

  private IntervalLogWriter(HistogramLogWriter log, long startEpochMillis) {
    this.log = log;
    for (Metric metric : Metric.values()) {
      current.put(metric, MetricValues.newHistogram());
    }
    log.outputLogFormatVersion();
    log.outputComment("versus bench interval log; values in nanoseconds; tag = metric");
    log.outputStartTime(startEpochMillis);
    log.setBaseTime(startEpochMillis);
    log.outputLegend();
  }

  /**
   * Creates (or truncates) the log at {@code path}.
   *
   * @param startEpochMillis the run's start, wall clock, written as the log's start time
   * @throws MetricsException when the file cannot be created
   */
  public static IntervalLogWriter create(Path path, long startEpochMillis) {
    Objects.requireNonNull(path, "path");
    try {
      return new IntervalLogWriter(new HistogramLogWriter(path.toFile()), startEpochMillis);
    } catch (FileNotFoundException e) {
      throw new MetricsException("cannot create interval log " + path + ": " + e.getMessage(), e);
    }
  }

  /** Adds a completed request's latencies to the current interval; failures are ignored. */
  public synchronized void record(RequestRecord record) {
    if (record.ok()) {
      MetricValues.record(record, current);
    }
  }

  /**
   * Writes the current interval and starts a new one. Empty metrics are skipped.
   *
   * @param startSeconds interval start, seconds since the run's start
   * @param endSeconds interval end, seconds since the run's start
   */
  public synchronized void writeInterval(double startSeconds, double endSeconds) {
    for (Metric metric : Metric.values()) {
      Histogram histogram = current.get(metric);
      if (histogram.getTotalCount() > 0) {
        histogram.setTag(metric.wireName());
        log.outputIntervalHistogram(startSeconds, endSeconds, histogram);
      }
      histogram.reset();
    }
  }

  @Override
  public synchronized void close() {
    log.close();
  }
}
