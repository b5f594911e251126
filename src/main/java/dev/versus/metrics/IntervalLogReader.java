package dev.versus.metrics;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/** Reads interval logs written by {@link IntervalLogWriter} and sums them per metric. */
public final class IntervalLogReader {
  private IntervalLogReader() {}

  /**
   * The sum of every interval of every log, per metric (nanosecond histograms): the exact merge of
   * the shards' latency distributions.
   *
   * @throws MetricsException when a log is missing or holds an unknown tag
   */
  public static Map<Metric, Histogram> totals(List<Path> logs) {
    EnumMap<Metric, Histogram> totals = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      totals.put(metric, MetricValues.newHistogram());
    }
    for (Path path : logs) {
      HistogramLogReader reader = open(path);
      try {
        for (EncodableHistogram h = reader.nextIntervalHistogram();
            h != null;
            h = reader.nextIntervalHistogram()) {
          totals.get(metricOf(path, h.getTag())).add((Histogram) h);
        }
      } finally {
        reader.close();
      }
    }
    return totals;
  }

  private static HistogramLogReader open(Path path) {
    try {
      return new HistogramLogReader(path.toFile());
    } catch (FileNotFoundException e) {
      throw new MetricsException("interval log not found: " + path, e);
    }
  }

  private static Metric metricOf(Path path, String tag) {
    try {
      return Metric.fromWire(tag == null ? "" : tag);
    } catch (IllegalArgumentException e) {
      throw new MetricsException(
          path + ": interval histogram with unknown tag '" + tag + "', expected a metric name", e);
    }
  }
}
