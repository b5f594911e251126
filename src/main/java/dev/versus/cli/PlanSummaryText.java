package dev.versus.cli;

import dev.versus.planrun.PlanOutcome;
import dev.versus.report.Claim;
import dev.versus.report.ClaimVerdict;
import dev.versus.report.CostEstimate;
import dev.versus.report.EndpointKind;
import dev.versus.report.LatencyMetric;
import dev.versus.report.LevelResult;
import dev.versus.report.ModelInfo;
import dev.versus.report.ReportModel;
import dev.versus.report.SuiteScore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The compact text summary of a plan run: performance, quality, cost, claims, report path. */
final class PlanSummaryText {
  private PlanSummaryText() {}

  static void print(PrintWriter out, PlanOutcome outcome) {
    ReportModel r = outcome.report();
    out.println(r.title());
    if (r.models().stream().anyMatch(m -> m.endpoint() == EndpointKind.SIMULATED)) {
      out.println("SIMULATED: figures of the built-in simulator's profiles, not of the real"
          + " services; failure modes (e.g. a crash threshold) are configured, not observed.");
    }
    if (!r.performance().levels().isEmpty()) {
      out.println();
      out.println(String.format(Locale.ROOT, "%-10s %-7s %6s %6s %10s %10s %11s %8s", "model",
          "level", "reqs", "errors", "ttft p50", "e2e p50", "out tok/s", "goodput"));
      for (ModelInfo m : r.models()) {
        for (LevelResult l : r.performance().levelsOf(m.key())) {
          out.println(String.format(Locale.ROOT, "%-10s %-7s %6d %6d %8.0fms %8.0fms %11.0f %7.0f%%",
              m.key(), l.level().label(), l.requests(), l.failedRequests(),
              l.latency(LatencyMetric.TTFT).p50Ms(), l.latency(LatencyMetric.E2E).p50Ms(),
              l.outputTokensPerSecond(), l.goodputPercent()));
        }
      }
    }
    if (!r.quality().scores().isEmpty()) {
      out.println();
      out.println(String.format(Locale.ROOT, "%-10s %-14s %-11s %7s %17s %5s", "model", "suite",
          "metric", "score", "95% CI", "n"));
      for (SuiteScore s : r.quality().scores()) {
        out.println(String.format(Locale.ROOT, "%-10s %-14s %-11s %7.3f   [%.3f, %.3f] %5d",
            s.modelKey(), s.suite(), s.metric(), s.score(), s.ciLow(), s.ciHigh(), s.n()));
      }
    }
    if (!r.costs().isEmpty()) {
      out.println();
      StringBuilder line = new StringBuilder("cost per 1,000 requests:");
      for (CostEstimate c : r.costs()) {
        line.append(String.format(Locale.ROOT, " %s $%.4f", c.modelKey(), c.usdPer1kRequests()));
      }
      out.println(line);
    }
    if (!r.claims().isEmpty()) {
      out.println();
      out.println(String.format(Locale.ROOT, "claims: %d verified, %d refuted, %d inconclusive",
          r.claimsWith(ClaimVerdict.VERIFIED).size(), r.claimsWith(ClaimVerdict.REFUTED).size(),
          r.claimsWith(ClaimVerdict.INCONCLUSIVE).size()));
      for (Claim c : r.claims()) {
        out.println(String.format(Locale.ROOT, "  %-12s %-12s %s", c.id(), c.verdict().wireName(),
            shorten(c.text(), 80)));
      }
    }
    out.println();
    if (!outcome.skipped().isEmpty()) {
      out.println("resumed: not run again: " + String.join(", ", outcome.skipped()));
    }
    Path first = outcome.files().isEmpty() ? Path.of(".") : outcome.files().getFirst();
    out.println("report: " + first.toAbsolutePath());
    outcome.files().stream().skip(1).forEach(f -> out.println("        " + f.toAbsolutePath()));
    out.println("run id: " + outcome.runId()
        + " (versus report " + outcome.runId() + " --format html ... rebuilds it)");
    out.flush();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
