package dev.versus.gateway;

import java.util.Objects;

/**
 * A snapshot of the log spool, for readiness checks and Prometheus metrics.
 *
 * @param pendingRows rows spooled and not yet confirmed by the store
 * @param spoolBytes bytes of spool segments on disk
 * @param maxBytes the disk bound ({@link SpoolConfig#maxBytes()})
 * @param droppedRows rows refused because the spool was full (lost; should stay 0)
 * @param corruptLines spool lines that could not be read back (torn or damaged) and were skipped
 * @param shippedRows rows confirmed by the store since this process started
 * @param shippedFromMemory of those, rows the shipper took from the in-memory tail ({@link
 *     SpoolTail}) instead of reading them back from the spool's files
 * @param storeFailures failed attempts to reach or write the store since start
 * @param storeHealthy whether the last store attempt succeeded (true before the first one)
 * @param lastError the last store failure's message, or {@code ""}
 */
public record SpoolStats(
    long pendingRows,
    long spoolBytes,
    long maxBytes,
    long droppedRows,
    long corruptLines,
    long shippedRows,
    long shippedFromMemory,
    long storeFailures,
    boolean storeHealthy,
    String lastError) {

  public SpoolStats {
    Objects.requireNonNull(lastError, "lastError");
  }

  /**
   * The snapshot in the Prometheus text format, one sample per line: gauges {@code
   * versus_gateway_log_spool_pending_rows}, {@code _bytes}, {@code _max_bytes}, {@code
   * versus_gateway_log_store_up}, and counters {@code versus_gateway_log_spool_dropped_rows_total},
   * {@code _corrupt_lines_total}, {@code versus_gateway_log_shipped_rows_total}, {@code
   * versus_gateway_log_shipped_from_memory_rows_total}, {@code
   * versus_gateway_log_store_failures_total}.
   */
  public String prometheusText() {
    return gauge("versus_gateway_log_spool_pending_rows", "Rows spooled, not yet in the store",
        pendingRows)
        + gauge("versus_gateway_log_spool_bytes", "Bytes of spool segments on disk", spoolBytes)
        + gauge("versus_gateway_log_spool_max_bytes", "The spool's disk bound", maxBytes)
        + gauge("versus_gateway_log_store_up", "1 when the last store write succeeded",
            storeHealthy ? 1 : 0)
        + counter("versus_gateway_log_spool_dropped_rows_total",
            "Rows dropped because the spool was full", droppedRows)
        + counter("versus_gateway_log_spool_corrupt_lines_total",
            "Damaged spool lines skipped", corruptLines)
        + counter("versus_gateway_log_shipped_rows_total", "Rows confirmed by the store",
            shippedRows)
        + counter("versus_gateway_log_shipped_from_memory_rows_total",
            "Rows shipped from the in-memory tail, not read back from the spool", shippedFromMemory)
        + counter("versus_gateway_log_store_failures_total", "Failed store attempts",
            storeFailures);
  }

  private static String gauge(String name, String help, long value) {
    return "# HELP " + name + " " + help + "\n# TYPE " + name + " gauge\n" + name + " " + value
        + "\n";
  }

  private static String counter(String name, String help, long value) {
    return "# HELP " + name + " " + help + "\n# TYPE " + name + " counter\n" + name + " "
        + value + "\n";
  }

  /** The fraction of the disk bound in use, 0..1. */
  public double fillRatio() {
    return maxBytes == 0 ? 0 : Math.min(1.0, (double) spoolBytes / maxBytes);
  }
}
