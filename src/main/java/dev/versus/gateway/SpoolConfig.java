package dev.versus.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the gateway's durable log spool ({@link SpoolingInteractionLog}).
 *
 * @param folder the spool folder (created if absent); one gateway process per folder
 * @param durability what "durable" means when {@code append} returns
 * @param syncInterval how long the background flusher lets writes accumulate before one {@code
 *     fsync} covers them all (the group commit), in {@link SpoolDurability#WRITE} mode
 * @param segmentBytes a segment file is closed (and fsync'd) once it holds this many bytes
 * @param maxBytes the spool never holds more than this many bytes on disk; rows beyond it are
 *     dropped and counted ({@link SpoolStats#droppedRows()})
 * @param batchRows at most this many rows go to the store in one transaction
 * @param shipInterval how often the shipper looks for new rows when it has caught up
 * @param minBackoff the first wait after a store failure
 * @param maxBackoff the longest wait between retries while the store is down
 * @param closeTimeout how long {@code close()} keeps shipping before it stops (unshipped rows
 *     stay in the spool for the next start)
 * @param tailRows how many recently spooled rows are also kept in memory for the shipper ({@link
 *     SpoolTail}; 0 = none: every row is read back from the files)
 */
public record SpoolConfig(
    Path folder,
    SpoolDurability durability,
    Duration syncInterval,
    long segmentBytes,
    long maxBytes,
    int batchRows,
    Duration shipInterval,
    Duration minBackoff,
    Duration maxBackoff,
    Duration closeTimeout,
    int tailRows) {

  /** The default disk bound: 1 GiB. */
  public static final long DEFAULT_MAX_BYTES = 1L << 30;

  public SpoolConfig {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(durability, "durability");
    positive(syncInterval, "syncInterval");
    positive(shipInterval, "shipInterval");
    positive(minBackoff, "minBackoff");
    positive(closeTimeout, "closeTimeout");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") is below minBackoff ("
          + minBackoff + ")");
    }
    if (segmentBytes < 4096) {
      throw new IllegalArgumentException("segmentBytes must be >= 4096, got " + segmentBytes);
    }
    if (maxBytes < segmentBytes) {
      throw new IllegalArgumentException("maxBytes (" + maxBytes + ") must be >= segmentBytes ("
          + segmentBytes + ")");
    }
    if (tailRows < 0) {
      throw new IllegalArgumentException("tailRows must be >= 0, got " + tailRows);
    }
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be >= 1, got " + batchRows);
    }
  }

  /**
   * Defaults: {@link SpoolDurability#WRITE} with a 10 ms group commit, 16 MiB segments, a 1 GiB
   * bound, batches of 500 rows every 100 ms, backoff 100 ms doubling to 10 s, 5 s to close, the
   * last 8,192 rows kept in memory.
   */
  public static SpoolConfig defaults(Path folder) {
    return new SpoolConfig(folder, SpoolDurability.WRITE, Duration.ofMillis(10), 16L << 20,
        DEFAULT_MAX_BYTES, 500, Duration.ofMillis(100), Duration.ofMillis(100),
        Duration.ofSeconds(10), Duration.ofSeconds(5), 8192);
  }

  public SpoolConfig withDurability(SpoolDurability value) {
    return new SpoolConfig(folder, value, syncInterval, segmentBytes, maxBytes, batchRows,
        shipInterval, minBackoff, maxBackoff, closeTimeout, tailRows);
  }

  public SpoolConfig withSegmentBytes(long value) {
    return new SpoolConfig(folder, durability, syncInterval, value, Math.max(maxBytes, value),
        batchRows, shipInterval, minBackoff, maxBackoff, closeTimeout, tailRows);
  }

  public SpoolConfig withMaxBytes(long value) {
    return new SpoolConfig(folder, durability, syncInterval, segmentBytes, value, batchRows,
        shipInterval, minBackoff, maxBackoff, closeTimeout, tailRows);
  }

  public SpoolConfig withBatchRows(int value) {
    return new SpoolConfig(folder, durability, syncInterval, segmentBytes, maxBytes, value,
        shipInterval, minBackoff, maxBackoff, closeTimeout, tailRows);
  }

  public SpoolConfig withShipInterval(Duration value) {
    return new SpoolConfig(folder, durability, syncInterval, segmentBytes, maxBytes, batchRows,
        value, minBackoff, maxBackoff, closeTimeout, tailRows);
  }

  public SpoolConfig withBackoff(Duration min, Duration max) {
    return new SpoolConfig(folder, durability, syncInterval, segmentBytes, maxBytes, batchRows,
        shipInterval, min, max, closeTimeout, tailRows);
  }

  public SpoolConfig withCloseTimeout(Duration value) {
    return new SpoolConfig(folder, durability, syncInterval, segmentBytes, maxBytes, batchRows,
        shipInterval, minBackoff, maxBackoff, value, tailRows);
  }

  public SpoolConfig withTailRows(int value) {
    return new SpoolConfig(folder, durability, syncInterval, segmentBytes, maxBytes, batchRows,
        shipInterval, minBackoff, maxBackoff, closeTimeout, value);
  }

  /** The backoff before retry {@code attempt} (1 for the first): doubling, capped. */
  Duration backoff(int attempt) {
    long nanos = minBackoff.toNanos() << Math.min(Math.max(attempt - 1, 0), 20);
    return Duration.ofNanos(Math.min(nanos < 0 ? Long.MAX_VALUE : nanos, maxBackoff.toNanos()));
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }
}
