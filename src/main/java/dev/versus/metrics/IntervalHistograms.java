package dev.versus.metrics;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Slices completed requests' latencies into fixed-length intervals, one nanosecond histogram per
 * {@link Metric} per interval, for an interval log kept in a store (DESIGN §10). A record belongs
 * to the interval of its last byte. Unlike {@link IntervalLogWriter} it keeps every interval until
 * taken, so late records land in their own interval. Thread-safe.
 */
public final class IntervalHistograms {
  private final long originNanos;
  private final long intervalNanos;
  private final TreeMap<Long, EnumMap<Metric, Histogram>> intervals = new TreeMap<>();

  /**
   * @param originNanos interval 0 begins here, on the run's clock
   * @param intervalNanos the length of each interval in nanoseconds
   */
  public IntervalHistograms(long originNanos, long intervalNanos) {
    if (intervalNanos <= 0) {
      throw new IllegalArgumentException("interval must be positive, got " + intervalNanos);
    }
    this.originNanos = originNanos;
    this.intervalNanos = intervalNanos;
  }

  /** One metric's histogram over one interval. */
  public record Slice(long index, Metric metric, Histogram histogram) {}

  /** Adds a completed request's latencies; failures are ignored. */
  public synchronized void record(RequestRecord record) {
    if (!record.ok()) {
      return;
    }
    long index =
        Math.max(0, Math.floorDiv(record.timing().lastByteNanos() - originNanos, intervalNanos));
    MetricValues.record(record, intervals.computeIfAbsent(index, i -> newSet()));
  }

  /**
   * Removes and returns the slices of intervals that ended before {@code nowNanos} (all of them
   * when {@code nowNanos} is {@code Long.MAX_VALUE}); empty histograms are left out.
   */
  public synchronized List<Slice> takeEndedBefore(long nowNanos) {
    List<Slice> slices = new ArrayList<>();
    while (!intervals.isEmpty()) {
      long index = intervals.firstKey();
      if (nowNanos != Long.MAX_VALUE && originNanos + (index + 1) * intervalNanos > nowNanos) {
        break;
      }
      for (Map.Entry<Metric, Histogram> e : intervals.pollFirstEntry().getValue().entrySet()) {
        if (e.getValue().getTotalCount() > 0) {
          slices.add(new Slice(index, e.getKey(), e.getValue()));
        }
      }
    }
    return slices;
  }

  /** The compressed form of {@code histogram}, as stored. */
  public static byte[] encode(Histogram histogram) {
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer);
    byte[] bytes = new byte[length];
    buffer.flip();
    buffer.get(bytes);
    return bytes;
  }

  /**
   * Decodes a histogram written by {@link #encode}.
   *
   * @throws MetricsException when the bytes are not a compressed histogram
   */
  public static Histogram decode(byte[] bytes) {
    try {
      return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
    } catch (DataFormatException | RuntimeException e) {
      throw new MetricsException("not a compressed HdrHistogram: " + e.getMessage(), e);
    }
  }

  /** An empty histogram with the precision every versus histogram uses (3 digits). */
  public static Histogram emptyHistogram() {
    return MetricValues.newHistogram();
  }

  private static EnumMap<Metric, Histogram> newSet() {
    EnumMap<Metric, Histogram> set = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      set.put(metric, MetricValues.newHistogram());
    }
    return set;
  }
}
