package dev.versus.gateway;

import dev.versus.store.GatewayLogRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rows most recently written to the spool, kept in memory so that a shipper that keeps up
 * takes them from here instead of reading and decoding the file again (that was about 4% of the
 * gateway's CPU per request, BENCHMARKS.md). The file still holds every row; this is only a
 * shortcut to the same rows.
 *
 * <p>Each row is keyed by the spool position where the writer stood before writing it (for a row
 * written after a segment roll, the old segment's end, which is where a shipper that read up to it
 * stands), with the position after it. The shipper uses a row only when its key is exactly the
 * shipper's position, and follows the chain from there; a row missing here (its appender has not
 * added it yet, or the tail was full) simply ends the chain, and the shipper reads the file.
 * Bounded: beyond {@code maxRows} rows (a shipper that far behind, e.g. during a database outage,
 * reads the file anyway) new rows are not kept.
 *
 * <p>Thread-safe: appenders add concurrently, one shipper takes.
 */
final class SpoolTail {
  /** A row and the spool position after its line. */
  private record Entry(GatewayLogRow row, SpoolPosition next) {}

  private final ConcurrentSkipListMap<SpoolPosition, Entry> rows = new ConcurrentSkipListMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int maxRows;

  SpoolTail(int maxRows) {
    this.maxRows = maxRows;
  }

  /** Keeps {@code row}, written to the spool between {@code from} and {@code next}, if there is room. */
  void add(SpoolPosition from, GatewayLogRow row, SpoolPosition next) {
    if (size.incrementAndGet() > maxRows) {
      size.decrementAndGet();
      return;
    }
    if (rows.put(from, new Entry(row, next)) != null) {
      size.decrementAndGet(); // cannot happen: each position starts one line
    }
  }

  /**
   * Takes up to {@code maxRows} rows that follow one another from exactly {@code from}, and
   * forgets rows before {@code from} (the shipper read them from the file). The batch is empty
   * when the row at {@code from} is not here; then the file must be read.
   */
  SpoolReader.Batch take(SpoolPosition from, int maxRows) {
    Map.Entry<SpoolPosition, Entry> first;
    while ((first = rows.firstEntry()) != null && first.getKey().compareTo(from) < 0) {
      if (rows.remove(first.getKey()) != null) {
        size.decrementAndGet();
      }
    }
    List<GatewayLogRow> taken = new ArrayList<>();
    SpoolPosition at = from;
    while (taken.size() < maxRows) {
      Entry entry = rows.remove(at);
      if (entry == null) {
        break;
      }
      size.decrementAndGet();
      taken.add(entry.row());
      at = entry.next();
    }
    return new SpoolReader.Batch(taken, at, 0);
  }

  /** Rows held now. */
  int size() {
    return size.get();
  }
}
