package dev.versus.serve;

import dev.versus.store.Runs;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Makes the report of stored runs, the same one {@code versus report RUN...} writes. The dashboard
 * asks for one run (a run page) or two (a comparison), always with ids that exist in the store.
 *
 * <p>Implementations must be safe to call from several request threads at once.
 */
@FunctionalInterface
public interface RunReportSource {

  /**
   * The report of {@code runIds}, in that order, or why there is none.
   *
   * @param runIds one or more ids of stored runs
   */
  ReportOutcome report(List<String> runIds);

  /**
   * The reports of {@code versus report}, made from the store's runs when asked; {@code clock}
   * stamps each report's generation time.
   */
  static RunReportSource fromStore(Runs runs, Clock clock) {
    return new StoredRunReports(Objects.requireNonNull(runs, "runs"),
        Objects.requireNonNull(clock, "clock"));
  }

  /** A source with no reports: every run page shows only what the store says about the run. */
  static RunReportSource none(String reason) {
    return ids -> new ReportOutcome.Unavailable(reason);
  }
}
