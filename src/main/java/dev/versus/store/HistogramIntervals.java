package dev.versus.store;

import java.util.List;

/** HdrHistogram interval logs of bench runs and shards. Thread-safe. */
public interface HistogramIntervals {

  /**
   * Appends intervals in one transaction.
   *
   * @throws StoreException if a row's run does not exist or the database fails
   */
  void append(List<HistogramIntervalRow> rows);

  /** Every interval of a run, in insertion order. */
  List<HistogramIntervalRow> list(String runId);

  /** The intervals of one metric in a run, in insertion order. */
  List<HistogramIntervalRow> list(String runId, String metric);
}
