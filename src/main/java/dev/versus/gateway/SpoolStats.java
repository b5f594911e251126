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
    long storeFailures,
    boolean storeHealthy,
    String lastError) {

  public SpoolStats {
    Objects.requireNonNull(lastError, "lastError");
  }

  /** The fraction of the disk bound in use, 0..1. */
  public double fillRatio() {
    return maxBytes == 0 ? 0 : Math.min(1.0, (double) spoolBytes / maxBytes);
  }
}
