package dev.versus.serve;

import dev.versus.runreport.RunReportException;
import dev.versus.runreport.RunReports;
import dev.versus.store.Runs;
import java.time.Clock;
import java.util.List;

/**
 * The reports {@code versus report RUN...} makes, from the same mapper ({@link RunReports}); a run
 * the mapper cannot report on (no summary yet, a kind with no report, runs that do not fit one
 * report) is {@link ReportOutcome.Unavailable} with the mapper's message.
 */
final class StoredRunReports implements RunReportSource {
  private final Runs runs;
  private final Clock clock;

  StoredRunReports(Runs runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
  }

  @Override
  public ReportOutcome report(List<String> runIds) {
    try {
      return new ReportOutcome.Ready(RunReports.build(runs, runIds, clock.instant()));
    } catch (RunReportException e) {
      return new ReportOutcome.Unavailable(e.getMessage());
    }
  }
}
