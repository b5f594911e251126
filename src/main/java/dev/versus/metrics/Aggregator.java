package dev.versus.metrics;

import dev.versus.core.ErrorClass;
import dev.versus.core.Usage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * Accumulates {@link RequestRecord}s of one model at one load level into histograms and counters,
 * and produces a {@link Summary}. Thread-safe: records may be added from many request threads.
 *
 * <p><b>Which requests count.</b> A record is <em>measured</em> when its intended send time lies in
 * the {@link MeasureWindow}; others (warm-up, cool-down) only increment {@code excluded}. Latency
 * histograms take measured <em>completed</em> requests; failures are counted by class and count
 * against goodput. Throughput divides the measured completed requests (and their tokens) by the
 * window length; peak output tokens/s spreads each measured request's output tokens evenly over its
 * output-carrying events and takes the fullest 1 s bucket of the clock.
 *
 * <p><b>Merging.</b> {@link #merge} adds histograms ({@code Histogram.add}, lossless), counters and
 * buckets, and takes the union of the windows, so shards merged equal one run over all records (the
 * shards must share one clock, or their times must have been rebased onto a common one).
 */
public final class Aggregator {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final Slo slo;
  private final List<MeasureWindow> windows = new ArrayList<>();
  private final EnumMap<Metric, Histogram> histograms = new EnumMap<>(Metric.class);
  private final EnumMap<ErrorClass, Long> errors = new EnumMap<>(ErrorClass.class);
  private final EnumMap<Usage.Source, Long> usageSources = new EnumMap<>(Usage.Source.class);
  private final Map<Long, Double> outputTokensBySecond = new HashMap<>();
  private long completed;
  private long failed;
  private long excluded;
  private long good;
  private long promptTokens;
  private long outputTokens;
  private long serverOutput;
  private long clientOutput;
  private long latestMeasuredSend = Long.MIN_VALUE;

  public Aggregator(Slo slo, MeasureWindow window) {
    this.slo = Objects.requireNonNull(slo, "slo");
    windows.add(Objects.requireNonNull(window, "window"));
    for (Metric metric : Metric.values()) {
      histograms.put(metric, MetricValues.newHistogram());
    }
  }

  public Slo slo() {
    return slo;
  }

  /** The measured windows, disjoint and sorted (one unless merged). */
  public synchronized List<MeasureWindow> windows() {
    return List.copyOf(windows);
  }

  /**
   * Adds one record.
   *
   * @return whether it was measured (its intended send lies in the window)
   */
  public synchronized boolean add(RequestRecord record) {
    long intended = record.timing().intendedSendNanos();
    if (windows.stream().noneMatch(w -> w.contains(intended))) {
      excluded++;
      return false;
    }
    latestMeasuredSend = Math.max(latestMeasuredSend, intended);
    if (slo.isMetBy(record)) {
      good++;
    }
    switch (record.status()) {
      case Status.Error error -> {
        failed++;
        errors.merge(error.errorClass(), 1L, Long::sum);
      }
      case Status.Ok ok -> addCompleted(record);
    }
    return true;
  }

  private void addCompleted(RequestRecord record) {
    completed++;
    TokenCounts tokens = record.tokens();
    usageSources.merge(tokens.source(), 1L, Long::sum);
    promptTokens += tokens.promptTokens();
    outputTokens += tokens.outputTokens();
    if (tokens.source() == Usage.Source.SERVER) {
      serverOutput += tokens.serverOutputTokens();
      clientOutput += tokens.clientOutputTokens();
    }
    MetricValues.record(record, histograms);
    spreadOverBuckets(record.timing(), tokens.outputTokens());
  }

  private void spreadOverBuckets(Timing timing, int tokens) {
    if (timing.outputEvents() == 0 || tokens == 0) {
      return;
    }
    double perEvent = (double) tokens / timing.outputEvents();
    long at = timing.firstOutputNanos();
    for (int i = 0; i < timing.outputEvents(); i++) {
      if (i > 0) {
        at += timing.gap(i - 1);
      }
      outputTokensBySecond.merge(Math.floorDiv(at, NANOS_PER_SECOND), perEvent, Double::sum);
    }
  }

  /**
   * Closes an open window at {@code endNanos} (for runs limited by request count: the last
   * completion). Does nothing when the window is already closed.
   *
   * @throws IllegalStateException when a measured request was sent at or after {@code endNanos}
   */
  public synchronized void closeWindow(long endNanos) {
    if (windows.size() != 1 || !windows.get(0).open()) {
      return;
    }
    if (endNanos <= latestMeasuredSend) {
      throw new IllegalStateException("a measured request was sent after the window end");
    }
    MeasureWindow open = windows.get(0);
    windows.set(0, new MeasureWindow(open.startNanos(), Math.max(endNanos, open.startNanos() + 1)));
  }

  /** Adds everything {@code other} holds; both must use the same SLO and have closed windows. */
  public void merge(Aggregator other) {
    if (other == this) {
      throw new IllegalArgumentException("cannot merge an aggregator into itself");
    }
    Snapshot theirs = other.snapshot();
    synchronized (this) {
      if (!slo.equals(theirs.slo)) {
        throw new IllegalArgumentException("cannot merge summaries measured against other SLOs");
      }
      List<MeasureWindow> all = new ArrayList<>(windows);
      all.addAll(theirs.windows);
      windows.clear();
      windows.addAll(MeasureWindow.union(all));
      theirs.histograms.forEach((metric, h) -> histograms.get(metric).add(h));
      theirs.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
      theirs.usageSources.forEach((k, v) -> usageSources.merge(k, v, Long::sum));
      theirs.buckets.forEach((k, v) -> outputTokensBySecond.merge(k, v, Double::sum));
      completed += theirs.counts[0];
      failed += theirs.counts[1];
      excluded += theirs.counts[2];
      good += theirs.counts[3];
      promptTokens += theirs.counts[4];
      outputTokens += theirs.counts[5];
      serverOutput += theirs.counts[6];
      clientOutput += theirs.counts[7];
      latestMeasuredSend = Math.max(latestMeasuredSend, theirs.counts[8]);
    }
  }

  private synchronized Snapshot snapshot() {
    EnumMap<Metric, Histogram> copies = new EnumMap<>(Metric.class);
    histograms.forEach((metric, h) -> copies.put(metric, h.copy()));
    return new Snapshot(
        slo,
        List.copyOf(windows),
        copies,
        new EnumMap<>(errors),
        new EnumMap<>(usageSources),
        new HashMap<>(outputTokensBySecond),
        new long[] {
          completed,
          failed,
          excluded,
          good,
          promptTokens,
          outputTokens,
          serverOutput,
          clientOutput,
          latestMeasuredSend
        });
  }

  private record Snapshot(
      Slo slo,
      List<MeasureWindow> windows,
      Map<Metric, Histogram> histograms,
      Map<ErrorClass, Long> errors,
      Map<Usage.Source, Long> usageSources,
      Map<Long, Double> buckets,
      long[] counts) {}

  /** A copy of the nanosecond histogram of {@code metric}, e.g. for an interval log. */
  public synchronized Histogram histogram(Metric metric) {
    return histograms.get(metric).copy();
  }

  /**
   * The figures so far.
   *
   * @throws IllegalStateException when the window is still open
   */
  public synchronized Summary summary() {
    double seconds = 0;
    for (MeasureWindow window : windows) {
      if (window.open()) {
        throw new IllegalStateException("close the measured window before summarising");
      }
      seconds += window.lengthNanos() / (double) NANOS_PER_SECOND;
    }
    EnumMap<Metric, LatencyStats> latency = new EnumMap<>(Metric.class);
    histograms.forEach((metric, h) -> latency.put(metric, LatencyStats.of(h)));
    long requests = completed + failed;
    double peak = outputTokensBySecond.values().stream().mapToDouble(d -> d).max().orElse(0);
    Throughput throughput =
        new Throughput(
            completed / seconds,
            outputTokens / seconds,
            (promptTokens + outputTokens) / seconds,
            peak);
    Goodput goodput =
        new Goodput(good, good / seconds, requests == 0 ? 0 : 100.0 * good / requests);
    double discrepancy =
        serverOutput == 0 ? 0 : 100.0 * (clientOutput - serverOutput) / serverOutput;
    TokenTotals tokens =
        new TokenTotals(promptTokens, outputTokens, serverOutput, clientOutput, discrepancy);
    return new Summary(
        requests,
        completed,
        failed,
        excluded,
        seconds,
        latency,
        throughput,
        goodput,
        errors,
        usageSources,
        tokens);
  }
}
