package dev.versus.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.metrics.Aggregator;
import dev.versus.metrics.IntervalHistograms;
import dev.versus.metrics.MeasureWindow;
import dev.versus.metrics.Metric;
import dev.versus.metrics.RequestRecord;
import dev.versus.metrics.Slo;
import dev.versus.store.HistogramIntervalRow;
import dev.versus.store.RunInfo;
import dev.versus.store.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.HdrHistogram.Histogram;

/**
 * Merges the shards of a distributed bench run (DESIGN §10) from the store, losslessly: per model
 * and level, each shard's stored records are aggregated again over the shard's measured window
 * (read from the run's stored configuration; shards made with {@link BenchRun#createShard} store
 * each level relative to that level's common start, so every shard's window of a level is {@code
 * [warmup, warmup + duration)} and the windows coincide), and the shards' {@link Aggregator}s are merged
 * (histograms added, throughput over the union of windows). The stored interval histograms are
 * summed alongside, and each shard's own figures are kept so a load generator that fell behind
 * its schedule is visible.
 *
 * <p>Runs limited only by request count close each shard's window at its last completion, as
 * {@link LoadDriver} does. Plain (unsharded) runs merge too, but their level start lies a little
 * after the stored time origin, so their window is approximate (and wrong for a later level).
 */
public final class ShardMerge {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ShardMerge() {}

  /**
   * The merged summaries and per-shard figures of run {@code runId}.
   *
   * @throws LoadException when the run does not exist or its stored configuration is unreadable
   */
  public static MergedRun summaries(Store store, String runId) {
    RunInfo run = store.runs().find(runId)
        .orElseThrow(() -> new LoadException("no run '" + runId + "' in the store"));
    JsonNode config = config(run);
    Slo slo = slo(config.path("slo_ms"));
    JsonNode limits = config.path("limits");
    long warmupNanos = nanos(limits.path("warmup_seconds").asDouble(0));
    long durationNanos = nanos(limits.path("duration_seconds").asDouble(0));

    Map<String, Map<Integer, ShardState>> byLevel = new LinkedHashMap<>();
    TreeSet<Integer> seen = new TreeSet<>();
    store.requests().forEach(runId, "", row -> {
      seen.add(row.shard());
      byLevel.computeIfAbsent(key(row.modelKey(), row.loadLevel()), k -> new TreeMap<>())
          .computeIfAbsent(row.shard(), s -> new ShardState(s, slo, warmupNanos, durationNanos))
          .add(RowRecords.toRecord(row));
    });
    Map<String, Map<Metric, Histogram>> intervals = intervalTotals(store, runId);

    List<MergedLevel> levels = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, ShardState>> entry : byLevel.entrySet()) {
      String[] parts = entry.getKey().split("\u0000", 2);
      List<ShardFigures> figures = new ArrayList<>();
      Aggregator merged = null;
      for (ShardState shard : entry.getValue().values()) {
        Aggregator closed = shard.closed();
        figures.add(shard.figures(closed));
        if (merged == null) {
          merged = new Aggregator(slo, closed.windows().getFirst());
        }
        merged.merge(closed);
      }
      levels.add(new MergedLevel(parts[0], parts[1], merged.summary(), merged,
          intervals.getOrDefault(entry.getKey(), Map.of()), figures));
    }
    List<Integer> shards = List.copyOf(seen);
    return new MergedRun(runId, run.shardCount(), shards, levels,
        MergedSummaryJson.document(run, config, shards, levels));
  }

  private static Map<String, Map<Metric, Histogram>> intervalTotals(Store store, String runId) {
    Map<String, Map<Metric, Histogram>> totals = new LinkedHashMap<>();
    for (HistogramIntervalRow row : store.histogramIntervals().list(runId)) {
      Metric metric;
      try {
        metric = Metric.fromWire(row.metric());
      } catch (IllegalArgumentException e) {
        continue; // a metric this version does not know: not part of the merge
      }
      totals.computeIfAbsent(key(row.modelKey(), row.loadLevel()), k -> new EnumMap<>(Metric.class))
          .computeIfAbsent(metric, m -> IntervalHistograms.emptyHistogram())
          .add(IntervalHistograms.decode(row.histogram()));
    }
    return totals;
  }

  private static String key(String model, String level) {
    return model + "\u0000" + level;
  }

  private static JsonNode config(RunInfo run) {
    if (run.configJson().isEmpty()) {
      throw new LoadException("run '" + run.id() + "' has no stored configuration to merge with");
    }
    try {
      return MAPPER.readTree(run.configJson());
    } catch (IOException e) {
      throw new LoadException("run '" + run.id() + "': stored configuration is not JSON", e);
    }
  }

  private static Slo slo(JsonNode sloMs) {
    Slo slo = Slo.none();
    for (Metric metric : Metric.values()) {
      JsonNode limit = sloMs.get(metric.wireName());
      if (limit != null && limit.isNumber()) {
        slo = slo.with(metric, Duration.ofNanos(Math.round(limit.asDouble() * 1e6)));
      }
    }
    return slo;
  }

  private static long nanos(double seconds) {
    return Math.round(seconds * 1e9);
  }

  /** One shard's records of one level, aggregated as its own run was. */
  private static final class ShardState {
    private final int shard;
    private final Aggregator aggregator;
    private final MeasureWindow window;
    private final Histogram sendDelay = IntervalHistograms.emptyHistogram();
    private long latest = Long.MIN_VALUE;

    ShardState(int shard, Slo slo, long warmupNanos, long durationNanos) {
      this.shard = shard;
      this.window = durationNanos == 0
          ? MeasureWindow.openFrom(warmupNanos)
          : new MeasureWindow(warmupNanos, warmupNanos + durationNanos);
      this.aggregator = new Aggregator(slo, window);
    }

    void add(RequestRecord record) {
      latest = Math.max(latest,
          Math.max(record.timing().intendedSendNanos(), record.timing().lastByteNanos()));
      if (aggregator.add(record)) {
        sendDelay.recordValue(Math.max(0, record.sendDelayNanos()));
      }
    }

    Aggregator closed() {
      if (window.open()) {
        aggregator.closeWindow(Math.max(latest, window.startNanos()) + 1);
      }
      return aggregator;
    }

    ShardFigures figures(Aggregator closed) {
      var summary = closed.summary();
      Histogram schedule = closed.histogram(Metric.SCHEDULE_LATENCY);
      return new ShardFigures(shard, summary.requests(), summary.completed(),
          summary.throughput().requestsPerSecond(),
          ms(schedule.getValueAtPercentile(50)), ms(schedule.getValueAtPercentile(99)),
          ms(sendDelay.getValueAtPercentile(50)), ms(sendDelay.getValueAtPercentile(99)),
          ms(sendDelay.getMaxValue()));
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }
  }
}
