package dev.versus.cli;

import dev.versus.core.Usage;
import dev.versus.load.BenchReport;
import dev.versus.load.LevelOutcome;
import dev.versus.load.ModelOutcome;
import dev.versus.metrics.LatencyStats;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Summary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints a bench's results as a fixed-width table (numbers in {@code Locale.ROOT}). */
final class SummaryTable {
  private static final String HEADER =
      "%-28s %-22s %6s %6s %8s %10s %9s %9s %8s %8s %9s %9s %9s %8s";

  private SummaryTable() {}

  static void print(PrintWriter out, BenchReport report) {
    out.println(String.format(Locale.ROOT, HEADER, "model", "level", "req", "err", "req/s",
        "out tok/s", "TTFT p50", "TTFT p99", "ITL p50", "ITL p99", "TPOT p50", "E2E p99",
        "sched p99", "good %"));
    for (ModelOutcome model : report.models()) {
      boolean clientCounted = false;
      for (LevelOutcome level : model.levels()) {
        Summary s = level.result().summary();
        clientCounted |= s.usageSources().getOrDefault(Usage.Source.CLIENT_COUNT, 0L) > 0;
        out.println(String.format(Locale.ROOT,
            "%-28s %-22s %6d %6d %8.2f %10.1f %9s %9s %8s %8s %9s %9s %9s %8.1f",
            clip(model.target().key(), 28),
            clip(level.result().load().label() + (level.result().interrupted() ? "*" : ""), 22),
            s.requests(), s.failed(), s.throughput().requestsPerSecond(),
            s.throughput().outputTokensPerSecond(),
            p50(s, Metric.TTFT), p99(s, Metric.TTFT), p50(s, Metric.ITL), p99(s, Metric.ITL),
            p50(s, Metric.TPOT), p99(s, Metric.E2E), p99(s, Metric.SCHEDULE_LATENCY),
            s.goodput().percent()));
        errors(out, s);
      }
      if (model.target().simulated()) {
        out.println("  " + model.target().key() + ": SIMULATED model, figures come from its profile");
      }
      if (clientCounted) {
        out.println("  " + model.target().key()
            + ": the server reported no usage; output tokens are client-counted (cl100k_base)");
      }
      if (model.searched()) {
        out.println("  " + model.target().key() + ": knee "
            + model.knee().map(k -> k.result().load().label()).orElse("not found")
            + (model.saturated() || model.knee().isEmpty() ? "" : " (the maximum still passed)"));
      }
    }
    out.println("Latencies in ms; * = level cut short.");
  }

  private static void errors(PrintWriter out, Summary s) {
    if (!s.errors().isEmpty()) {
      StringBuilder line = new StringBuilder("    errors:");
      s.errors().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> line.append(' ').append(e.getKey().wireName()).append('=').append(e.getValue()));
      out.println(line);
    }
  }

  /** The metric's p50 in ms, or {@code -} when no request gave a value (ITL of whole responses). */
  private static String p50(Summary s, Metric metric) {
    LatencyStats stats = s.latency(metric);
    return stats.count() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", stats.p50Ms());
  }

  private static String p99(Summary s, Metric metric) {
    LatencyStats stats = s.latency(metric);
    return stats.count() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", stats.p99Ms());
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }
}
