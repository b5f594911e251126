package dev.versus.planrun;

import dev.versus.report.Claim;
import dev.versus.runreport.PlanRunSummary;
import dev.versus.store.Store;
import java.util.List;

/**
 * The plan run's summary as its parts finish: each finished part is stored at once, so a resumed
 * run skips it. Thread-safe, for parts that run at the same time.
 */
final class RunLedger {
  private final Store store;
  private final String runId;
  private PlanRunSummary summary;

  RunLedger(Store store, String runId, PlanRunSummary summary) {
    this.store = store;
    this.runId = runId;
    this.summary = summary;
    save();
  }

  synchronized PlanRunSummary summary() {
    return summary;
  }

  synchronized void evalRun(String evalRunId) {
    summary = summary.with(summary.benchRunIds(), evalRunId, List.of());
    save();
  }

  synchronized void benchRuns(List<String> benchRunIds) {
    summary = summary.with(benchRunIds, summary.evalRunId(), List.of());
    save();
  }

  synchronized void claims(List<Claim> claims) {
    summary = summary.with(summary.benchRunIds(), summary.evalRunId(), claims);
    save();
  }

  private void save() {
    store.runs().updateSummary(runId, summary.toJson().toString());
  }
}
