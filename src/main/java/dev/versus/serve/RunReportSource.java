package dev.versus.serve;

import java.util.List;

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

  /** A source with no reports: every run page shows only what the store says about the run. */
  static RunReportSource none(String reason) {
    return ids -> new ReportOutcome.Unavailable(reason);
  }
}
