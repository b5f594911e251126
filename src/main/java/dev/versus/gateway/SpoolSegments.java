package dev.versus.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The spool folder's segment files, {@code segment-NNNNNNNNNNNNNNNNNNNN.jsonl} numbered from 1:
 * naming, listing, and the crash repair done once at start.
 */
final class SpoolSegments {
  private static final Pattern NAME = Pattern.compile("segment-(\\d{20})\\.jsonl");

  private final Path folder;

  SpoolSegments(Path folder) {
    this.folder = folder;
  }

  Path folder() {
    return folder;
  }

  Path file(long segment) {
    return folder.resolve(String.format(Locale.ROOT, "segment-%020d.jsonl", segment));
  }

  /** The segment numbers present, ascending. */
  List<Long> list() {
    try (Stream<Path> files = Files.list(folder)) {
      List<Long> numbers = new ArrayList<>();
      files.forEach(p -> {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (m.matches()) {
          numbers.add(Long.parseLong(m.group(1)));
        }
      });
      numbers.sort(null);
      return numbers;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the log spool folder " + folder, e);
    }
  }

  /** The smallest segment number above {@code segment}, or {@code fallback} when none. */
  long next(long segment, long fallback) {
    return list().stream().filter(n -> n > segment).findFirst().orElse(fallback);
  }

  long size(long segment) {
    try {
      return Files.size(file(segment));
    } catch (IOException e) {
      return 0;
    }
  }

  long totalBytes() {
    return list().stream().mapToLong(this::size).sum();
  }

  /** Deletes every segment numbered below {@code segment}; returns the bytes freed. */
  long deleteBelow(long segment) {
    long freed = 0;
    for (long n : list()) {
      if (n >= segment) {
        break;
      }
      long size = size(n);
      try {
        Files.deleteIfExists(file(n));
        freed += size;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete shipped spool segment " + file(n), e);
      }
    }
    return freed;
  }

  /**
   * Cuts a torn last line (a crash mid-write leaves bytes without their {@code '\n'}) off every
   * segment, so the next writer never glues a row onto a fragment.
   *
   * @return the bytes cut
   */
  long repairTornTails() {
    long cut = 0;
    for (long n : list()) {
      cut += repair(file(n));
    }
    return cut;
  }

  private static long repair(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      long size = ch.size();
      long end = size;
      ByteBuffer buf = ByteBuffer.allocate(8192);
      while (end > 0) {
        int chunk = (int) Math.min(buf.capacity(), end);
        buf.clear().limit(chunk);
        long start = end - chunk;
        while (buf.hasRemaining()) {
          if (ch.read(buf, start + buf.position()) < 0) {
            break;
          }
        }
        for (int i = chunk - 1; i >= 0; i--) {
          if (buf.get(i) == '\n') {
            long keep = start + i + 1;
            return truncate(ch, size, keep);
          }
        }
        end = start;
      }
      return truncate(ch, size, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot repair spool segment " + file, e);
    }
  }

  private static long truncate(FileChannel ch, long size, long keep) throws IOException {
    if (keep < size) {
      ch.truncate(keep);
      ch.force(true);
    }
    return size - keep;
  }
}
