package dev.versus.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.store.EvalResultRow;
import dev.versus.store.EvalResults;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
  private static final JsonFactory JSON = new JsonFactory();

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
    // streamed, not an ObjectNode tree: one of these per result was the store's main CPU cost
    StringWriter text = new StringWriter(48 + score.reason().length());
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("reason", score.reason());
      g.writeNumberField("attempts", attempts);
      for (var d : score.details().entrySet()) {
        g.writeStringField(d.getKey(), d.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing result details to memory", e);
    }
    return text.toString();
  }
}
