package dev.versus.serve;

import dev.versus.report.ReportModel;
import java.util.Objects;

/** What a {@link RunReportSource} made of some runs: a report, or why there is none. */
public sealed interface ReportOutcome {

  /** The report of the runs. */
  record Ready(ReportModel model) implements ReportOutcome {
    public Ready {
      Objects.requireNonNull(model, "model");
    }
  }

  /**
   * No report for these runs, an expected state (a run still running, a kind with no report,
   * runs that do not fit one report).
   *
   * @param reason one sentence for the page, e.g. "run 'x' has no summary yet"
   */
  record Unavailable(String reason) implements ReportOutcome {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an unavailable report must say why");
      }
    }
  }
}
