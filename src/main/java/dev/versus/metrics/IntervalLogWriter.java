package dev.versus.metrics;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Objects;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes an HdrHistogram interval log: per interval of fixed length, one histogram per {@link
 * Metric} (nanosecond values, tagged with the metric's wire name), so shards can be merged
 * losslessly later with {@link IntervalLogReader}. A record belongs to the interval of its last
 * byte; intervals roll over as records arrive (no timer thread), and a record that arrives after
 * its interval was written goes into the current one (totals stay exact). Thread-safe.
 */
public final class IntervalLogWriter implements AutoCloseable {
  private final HistogramLogWriter log;
  private final long originNanos;
  private final long intervalNanos;
  private final EnumMap<Metric, Histogram> current = new EnumMap<>(Metric.class);
  private long currentInterval;

  private IntervalLogWriter(
      HistogramLogWriter log, long startEpochMillis, long originNanos, long intervalNanos) {
    this.log = log;
    this.originNanos = originNanos;
    this.intervalNanos = intervalNanos;
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
   * @param startEpochMillis the run's start on the wall clock, written as the log's start time
   * @param originNanos the run's start on the run's clock; interval 0 begins here
   * @param interval the length of each interval
   * @throws MetricsException when the file cannot be created
   */
  public static IntervalLogWriter create(
      Path path, long startEpochMillis, long originNanos, Duration interval) {
    Objects.requireNonNull(path, "path");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, got " + interval);
    }
    try {
      return new IntervalLogWriter(
          new HistogramLogWriter(path.toFile()), startEpochMillis, originNanos, interval.toNanos());
    } catch (FileNotFoundException e) {
      throw new MetricsException("cannot create interval log " + path + ": " + e.getMessage(), e);
    }
  }

  /** Adds a completed request's latencies; failures are ignored. */
  public synchronized void record(RequestRecord record) {
    if (!record.ok()) {
      return;
    }
    long interval = Math.floorDiv(record.timing().lastByteNanos() - originNanos, intervalNanos);
    if (interval > currentInterval) {
      writeCurrent();
      currentInterval = interval;
    }
    MetricValues.record(record, current);
  }

  private void writeCurrent() {
    double start = currentInterval * (intervalNanos / 1e9);
    double end = (currentInterval + 1) * (intervalNanos / 1e9);
    for (Metric metric : Metric.values()) {
      Histogram histogram = current.get(metric);
      if (histogram.getTotalCount() > 0) {
        histogram.setTag(metric.wireName());
        log.outputIntervalHistogram(start, end, histogram);
      }
      histogram.reset();
    }
  }

  /** Writes the last interval and closes the file. */
  @Override
  public synchronized void close() {
    writeCurrent();
    log.close();
  }
}
