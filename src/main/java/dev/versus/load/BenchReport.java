package dev.versus.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.store.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link BenchRun} produced.
 *
 * @param runId the stored run's id
 * @param status how the run ended ({@code COMPLETED} or {@code INTERRUPTED}; a failed run throws)
 * @param models per model, what it ran
 * @param summary the document written to {@code summary.json} and stored with the run
 * @param summaryFile the {@code summary.json} path
 * @param recordsFile the {@code records.jsonl} path
 * @param records how many request records were written
 */
public record BenchReport(
    String runId,
    RunStatus status,
    List<ModelOutcome> models,
    JsonNode summary,
    Path summaryFile,
    Path recordsFile,
    long records) {
  public BenchReport {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(status, "status");
    models = List.copyOf(models);
    summary = summary.deepCopy();
    Objects.requireNonNull(summaryFile, "summaryFile");
    Objects.requireNonNull(recordsFile, "recordsFile");
  }
}
