package dev.versus.cli;

import dev.versus.eval.EvalReport;
import dev.versus.eval.PairResult;
import dev.versus.eval.SuiteResult;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints an eval report as a plain-text table. */
final class EvalTable {
  private EvalTable() {}

  static void print(EvalReport report, String runId, boolean simulated, PrintWriter out) {
    out.println("versus eval: run " + runId + (simulated ? " (SIMULATED models)" : ""));
    out.println(String.format(Locale.ROOT, "%-28s %-18s %-10s %-22s %6s %6s %6s %10s",
        "model", "suite", "metric", "score [95% CI]", "n", "errors", "cached", "cost $"));
    for (SuiteResult s : report.suites()) {
      out.println(String.format(Locale.ROOT, "%-28s %-18s %-10s %-22s %6d %6d %6d %10s",
          s.model(), s.suite(), s.metric(),
          String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", s.score().estimate(), s.score().low(),
              s.score().high()),
          s.cases(), s.errors(), s.cached(),
          Double.isNaN(s.costUsd()) ? "unknown" : String.format(Locale.ROOT, "%.4f", s.costUsd())));
      s.consistency().ifPresent(c -> out.println(String.format(Locale.ROOT,
          "%-28s %-18s consistency: all repeats agree on %.1f%% of cases", "", "",
          100 * c.allAgreeRate())));
    }
    for (PairResult p : report.pairs()) {
      out.println(String.format(Locale.ROOT, "%s: %s vs %s: difference %+.3f, p = %.4f (%s): %s",
          p.suite(), p.modelA(), p.modelB(), p.verdict().difference().estimate(),
          p.verdict().pValue(), p.verdict().method(),
          p.better().isEmpty() ? "no significant difference" : p.better() + " is better"));
    }
    out.flush();
  }
}
