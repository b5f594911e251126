package dev.versus.metrics;

import java.util.Map;
import org.HdrHistogram.Histogram;

/** Feeds the latency values of one completed request into per-metric nanosecond histograms. */
final class MetricValues {
  /** 3 significant digits, as DESIGN §5 asks. */
  static final int SIGNIFICANT_DIGITS = 3;

  private MetricValues() {}

  static Histogram newHistogram() {
    return new Histogram(SIGNIFICANT_DIGITS);
  }

  static void record(RequestRecord record, Map<Metric, Histogram> histograms) {
    record.ttftNanos().ifPresent(v -> histograms.get(Metric.TTFT).recordValue(v));
    record.ttfatNanos().ifPresent(v -> histograms.get(Metric.TTFAT).recordValue(v));
    record.tpotNanos().ifPresent(v -> histograms.get(Metric.TPOT).recordValue(v));
    histograms.get(Metric.E2E).recordValue(record.e2eNanos());
    histograms.get(Metric.SCHEDULE_LATENCY).recordValue(Math.max(0, record.scheduleLatencyNanos()));
    Histogram itl = histograms.get(Metric.ITL);
    Timing timing = record.timing();
    for (int i = 0; i < timing.gapCount(); i++) {
      itl.recordValue(timing.gap(i));
    }
  }
}
