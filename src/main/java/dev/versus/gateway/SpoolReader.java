package dev.versus.gateway;

import dev.versus.store.GatewayLogRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads rows from the spool in order, from a position up to a limit (the writer's published end,
 * so a line still being written is never read). Damaged lines (a torn line in a closed segment,
 * bytes that are not a row) are skipped and counted, so one bad line never blocks the rows after
 * it.
 */
final class SpoolReader {
  /** Rows read, the position after the last line consumed, and how many lines were damaged. */
  record Batch(List<GatewayLogRow> rows, SpoolPosition next, int corrupt) {
    Batch {
      rows = List.copyOf(rows);
    }
  }

  /** Segments are read in blocks of this size (positional reads, no per-byte calls). */
  private static final int READ_BLOCK_BYTES = 64 * 1024;

  private final SpoolSegments segments;

  SpoolReader(SpoolSegments segments) {
    this.segments = segments;
  }

  /**
   * Up to {@code maxRows} rows from {@code from}. Segments below {@code limit}'s are closed and
   * read to their end; {@code limit}'s own segment is read to {@code limit.offset()}. When a
   * closed segment is exhausted the returned position moves to the next segment.
   */
  Batch read(SpoolPosition from, SpoolPosition limit, int maxRows) {
    List<GatewayLogRow> rows = new ArrayList<>();
    int corrupt = 0;
    SpoolPosition at = from;
    while (rows.size() < maxRows && at.compareTo(limit) < 0) {
      boolean closed = at.segment() < limit.segment();
      long end = closed ? Long.MAX_VALUE : limit.offset();
      Segment part = readSegment(at, end, maxRows - rows.size(), closed);
      rows.addAll(part.rows);
      corrupt += part.corrupt;
      at = part.next;
      if (!part.exhausted) {
        break;
      }
      if (closed) {
        at = new SpoolPosition(segments.next(at.segment(), limit.segment()), 0);
      }
    }
    return new Batch(rows, at, corrupt);
  }

  private record Segment(List<GatewayLogRow> rows, SpoolPosition next, int corrupt,
      boolean exhausted) {}

  /** {@code line} (holding {@code length} bytes) with {@code len} bytes of {@code src} added. */
  private static byte[] append(byte[] line, int length, byte[] src, int from, int len) {
    byte[] to = length + len <= line.length
        ? line : Arrays.copyOf(line, Math.max(line.length * 2, length + len));
    System.arraycopy(src, from, to, length, len);
    return to;
  }

  private Segment readSegment(SpoolPosition from, long end, int maxRows, boolean closed) {
    List<GatewayLogRow> rows = new ArrayList<>();
    int corrupt = 0;
    long offset = from.offset(); // just after the last line consumed
    try (FileChannel ch = FileChannel.open(segments.file(from.segment()),
        StandardOpenOption.READ)) {
      ByteBuffer block = ByteBuffer.allocate(READ_BLOCK_BYTES);
      byte[] bytes = block.array();
      byte[] line = new byte[4096];
      int length = 0;
      long position = offset; // the next byte to read from the file
      while (rows.size() < maxRows && position < end) {
        block.clear().limit((int) Math.min(bytes.length, end - position));
        int n = ch.read(block, position);
        if (n < 0) {
          // End of file: in a closed segment a line without '\n' is torn; skip it.
          if (length > 0 && closed) {
            corrupt++;
            offset += length;
          }
          return new Segment(rows, new SpoolPosition(from.segment(), offset), corrupt, true);
        }
        position += n;
        int start = 0; // the first byte of the block not yet part of a decoded line
        for (int i = 0; i < n && rows.size() < maxRows; i++) {
          if (bytes[i] != '\n') {
            continue;
          }
          Optional<GatewayLogRow> row;
          int lineLength;
          if (length == 0) { // the whole line is in this block: decode it in place
            lineLength = i - start;
            row = SpoolCodec.decode(bytes, start, lineLength);
          } else { // the line began in an earlier block
            line = append(line, length, bytes, start, i - start);
            lineLength = length + i - start;
            row = SpoolCodec.decode(line, 0, lineLength);
          }
          if (row.isPresent()) {
            rows.add(row.get());
          } else if (lineLength > 0) {
            corrupt++;
          }
          offset += lineLength + 1;
          length = 0;
          start = i + 1;
        }
        if (rows.size() < maxRows && start < n) { // a line that goes on in the next block
          line = append(line, length, bytes, start, n - start);
          length += n - start;
        }
      }
      boolean exhausted = offset >= end || (closed && offset >= ch.size());
      return new Segment(rows, new SpoolPosition(from.segment(), offset), corrupt, exhausted);
    } catch (NoSuchFileException e) {
      return new Segment(rows, from, corrupt, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spool segment " + segments.file(from.segment()),
          e);
    }
  }
}
