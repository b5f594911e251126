package dev.versus.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The shipped position: every row before it is confirmed by the store. Saved as {@code "SEGMENT
 * OFFSET"} in a temporary file, fsync'd, then renamed over {@code checkpoint} atomically, so a
 * crash leaves either the old or the new position, never a torn one. A stale position only
 * re-ships rows, which the store ignores by request id.
 */
final class SpoolCheckpoint {
  private final Path file;
  private final Path temp;

  SpoolCheckpoint(Path folder) {
    this.file = folder.resolve("checkpoint");
    this.temp = folder.resolve("checkpoint.tmp");
  }

  /** The saved position, or empty when none was saved (or it is unreadable). */
  Optional<SpoolPosition> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
      return Optional.of(new SpoolPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void save(SpoolPosition position) {
    byte[] text = (position.segment() + " " + position.offset() + "\n")
        .getBytes(StandardCharsets.US_ASCII);
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(text);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the spool checkpoint " + file, e);
    }
  }
}
