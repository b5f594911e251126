package dev.versus.gateway;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram with fixed bucket bounds; lock-free, thread-safe. */
final class Histogram {
  private final double[] bounds;
  private final LongAdder[] counts;
  private final DoubleAdder sum = new DoubleAdder();
  private final LongAdder count = new LongAdder();

  Histogram(double[] bounds) {
    this.bounds = bounds.clone();
    this.counts = new LongAdder[bounds.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
  }

  void record(double value) {
    for (int i = 0; i < bounds.length; i++) {
      if (value <= bounds[i]) {
        counts[i].increment();
        break;
      }
    }
    sum.add(value);
    count.increment();
  }

  /** Appends the bucket, sum and count lines of one labelled series. */
  void render(StringBuilder out, String name, String labels) {
    long cumulative = 0;
    for (int i = 0; i < bounds.length; i++) {
      cumulative += counts[i].sum();
      out.append(name).append("_bucket{").append(labels).append(",le=\"")
          .append(Metrics.number(bounds[i])).append("\"} ").append(cumulative).append('\n');
    }
    out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ")
        .append(count.sum()).append('\n');
    out.append(name).append("_sum{").append(labels).append("} ")
        .append(Metrics.number(sum.sum())).append('\n');
    out.append(name).append("_count{").append(labels).append("} ").append(count.sum())
        .append('\n');
  }
}
