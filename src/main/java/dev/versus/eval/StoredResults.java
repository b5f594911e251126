package dev.versus.eval;

import dev.versus.store.EvalResultRow;
import dev.versus.store.EvalResults;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stores case results as they finish, in batches of {@value #BATCH} rows per transaction (one
 * transaction per row would cap a run at the database's commit rate). Thread-safe; {@link #close}
 * writes the rest.
 */
public final class StoredResults implements Consumer<CaseResult>, AutoCloseable {
  static final int BATCH = 200;

  private final EvalResults results;
  private final String runId;
  private final List<EvalResultRow> pending = new ArrayList<>();

  private StoredResults(EvalResults results, String runId) {
    this.results = results;
    this.runId = runId;
  }

  /** A sink appending to {@code results} under the existing run {@code runId}. */
  public static StoredResults create(EvalResults results, String runId) {
    return new StoredResults(results, runId);
  }

  @Override
  public void accept(CaseResult r) {
    List<EvalResultRow> batch = null;
    synchronized (pending) {
      pending.add(row(runId, r));
      if (pending.size() >= BATCH) {
        batch = List.copyOf(pending);
        pending.clear();
      }
    }
    if (batch != null) {
      results.append(batch);
    }
  }

  @Override
  public void close() {
    List<EvalResultRow> batch;
    synchronized (pending) {
      batch = List.copyOf(pending);
      pending.clear();
    }
    if (!batch.isEmpty()) {
      results.append(batch);
    }
  }

  static EvalResultRow row(String runId, CaseResult r) {
    Score s = r.score();
    String details = detailsJson(s, r.attempts());
    return new EvalResultRow(runId, r.suite(), r.caseId(), r.modelKey(), r.repeat(), r.scorer(),
        r.prompt(), r.expected(), r.response(), s.extracted(), s.value(), s.passed(), details,
        r.latencyNanos() < 0 ? -1 : r.latencyNanos(),
        r.usage().present() ? r.usage().promptTokens() : -1,
        r.usage().present() ? r.usage().outputTokens() : -1,
        r.costUsd(), r.cached(), r.errorClass(), r.errorMessage());
  }

  private static String detailsJson(Score score, int attempts) {
    var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    node.put("reason", score.reason());
    node.put("attempts", attempts);
    score.details().forEach(node::put);
    return node.toString();
  }
}
