package dev.versus.load;

import dev.versus.metrics.IntervalHistograms;
import dev.versus.metrics.MeasureWindow;
import dev.versus.metrics.RequestRecord;
import dev.versus.store.HistogramIntervalRow;
import dev.versus.store.HistogramIntervals;
import java.util.List;

/**
 * Passes one level's records on to the run's sink and keeps the HdrHistogram interval log of its
 * measured, completed requests in the store (DESIGN §10): per metric, one compressed histogram per
 * interval, tagged with run, shard, model and level. Intervals that ended a while ago are written
 * as records arrive; the rest on {@link #flush}. Called from request threads, concurrently.
 */
final class IntervalSink implements RunObserver {
  static final long INTERVAL_NANOS = 1_000_000_000L;
  private static final long LATE_NANOS = 2 * INTERVAL_NANOS;

  private final RunObserver next;
  private final HistogramIntervals store;
  private final String runId;
  private final int shard;
  private final String modelKey;
  private final String level;
  private final long originNanos;
  private final MeasureWindow window;
  private final IntervalHistograms histograms;

  /**
   * @param originNanos the run's time origin: interval start times are stored relative to it
   * @param window which intended send times are measured (the level's window, on the run clock)
   */
  IntervalSink(RunObserver next, HistogramIntervals store, String runId, int shard,
      String modelKey, String level, long originNanos, MeasureWindow window) {
    this.next = next;
    this.store = store;
    this.runId = runId;
    this.shard = shard;
    this.modelKey = modelKey;
    this.level = level;
    this.originNanos = originNanos;
    this.window = window;
    this.histograms = new IntervalHistograms(originNanos, INTERVAL_NANOS);
  }

  @Override
  public void onRecord(RequestRecord record) {
    next.onRecord(record);
    if (window.contains(record.timing().intendedSendNanos())) {
      histograms.record(record);
    }
    // A request thread may be interrupted when the run is cut short; the write must still happen.
    boolean interrupted = Thread.interrupted();
    try {
      write(histograms.takeEndedBefore(record.timing().lastByteNanos() - LATE_NANOS));
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void onProgress(Progress progress) {
    next.onProgress(progress);
  }

  /** Writes every interval still held; call once the level has ended. */
  void flush() {
    write(histograms.takeEndedBefore(Long.MAX_VALUE));
  }

  private void write(List<IntervalHistograms.Slice> slices) {
    if (slices.isEmpty()) {
      return;
    }
    store.append(slices.stream()
        .map(s -> new HistogramIntervalRow(runId, shard, modelKey, level, s.metric().wireName(),
            s.index() * INTERVAL_NANOS, INTERVAL_NANOS, IntervalHistograms.encode(s.histogram())))
        .toList());
  }

  /** The measured window LoadDriver uses for a level starting at {@code startNanos}. */
  static MeasureWindow windowOf(Limits limits, long startNanos) {
    long from = startNanos + limits.warmup().toNanos();
    return limits.duration().isZero()
        ? MeasureWindow.openFrom(from)
        : new MeasureWindow(from, from + limits.duration().toNanos());
  }
}
