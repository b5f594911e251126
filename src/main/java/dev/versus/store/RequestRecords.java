package dev.versus.store;

import java.util.List;
import java.util.function.Consumer;

/**
 * Per-request performance records. Thread-safe; appends from many threads never lose rows.
 * Reads return rows in insertion order.
 */
public interface RequestRecords {

  /**
   * Appends rows in one transaction with batched statements: all are stored or none. Callers that
   * record thousands of requests per second should buffer and append a few hundred at a time.
   *
   * @throws StoreException if a row's run does not exist or the database fails
   */
  void append(List<RequestRow> rows);

  /** Every record of a run. */
  List<RequestRow> list(String runId);

  /** The records of one model in a run. */
  List<RequestRow> list(String runId, String modelKey);

  /**
   * Streams a run's records (of one model, or every model when {@code modelKey} is {@code ""})
   * to {@code action} without holding them all in memory. {@code action} runs on the calling
   * thread while the query is open, so it should be quick.
   *
   * @return how many rows were passed to {@code action}
   */
  long forEach(String runId, String modelKey, Consumer<? super RequestRow> action);

  /** How many records a run has. */
  long count(String runId);

  /** The distinct model keys of a run's records, sorted. */
  List<String> modelKeys(String runId);
}
