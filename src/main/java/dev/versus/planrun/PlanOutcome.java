package dev.versus.planrun;

import dev.versus.report.ReportModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a plan run produced.
 *
 * @param runId the stored plan run
 * @param report the report over it
 * @param files the report files written
 * @param skipped the parts not run again because the resumed run had them ({@code performance},
 *     {@code quality})
 */
public record PlanOutcome(String runId, ReportModel report, List<Path> files, List<String> skipped) {
  public PlanOutcome {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(report, "report");
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
