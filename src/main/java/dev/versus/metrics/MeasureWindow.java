package dev.versus.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The measured part of a run, {@code [startNanos, endNanos)} on the run's clock. A request is
 * measured when its <em>intended</em> send time falls inside (in closed loop intended and actual
 * send are equal): requests sent during warm-up or cool-down are excluded, and requests sent inside
 * are counted even when they finish after the end. {@code endNanos == Long.MAX_VALUE} means not yet
 * closed (a run limited by request count closes it at its last completion).
 */
public record MeasureWindow(long startNanos, long endNanos) {
  public MeasureWindow {
    if (endNanos <= startNanos) {
      throw new IllegalArgumentException(
          "window end (" + endNanos + ") must be after its start (" + startNanos + ")");
    }
  }

  /** A window from {@code startNanos} that is closed later. */
  public static MeasureWindow openFrom(long startNanos) {
    return new MeasureWindow(startNanos, Long.MAX_VALUE);
  }

  public boolean open() {
    return endNanos == Long.MAX_VALUE;
  }

  public boolean contains(long nanos) {
    return nanos >= startNanos && nanos < endNanos;
  }

  public long lengthNanos() {
    return endNanos - startNanos;
  }

  /** The union of windows as disjoint, sorted windows (overlapping or touching ones joined). */
  static List<MeasureWindow> union(List<MeasureWindow> windows) {
    List<MeasureWindow> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparingLong(MeasureWindow::startNanos));
    List<MeasureWindow> joined = new ArrayList<>();
    for (MeasureWindow next : sorted) {
      int last = joined.size() - 1;
      if (last >= 0 && next.startNanos <= joined.get(last).endNanos) {
        MeasureWindow prev = joined.get(last);
        joined.set(
            last, new MeasureWindow(prev.startNanos, Math.max(prev.endNanos, next.endNanos)));
      } else {
        joined.add(next);
      }
    }
    return List.copyOf(joined);
  }
}
