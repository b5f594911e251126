package dev.versus.store;

import java.util.List;

/** Eval results. Thread-safe. Reads return rows in insertion order. */
public interface EvalResults {

  /**
   * Appends results in one transaction.
   *
   * @throws StoreException if a row's run does not exist or the database fails
   */
  void append(List<EvalResultRow> rows);

  /** Every result of a run. */
  List<EvalResultRow> list(String runId);

  /** The results of one model in a run. */
  List<EvalResultRow> list(String runId, String modelKey);
}
