package dev.versus.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Appends one JSON line per {@link RequestRecord} and flushes it at once, so an interrupted run
 * (Ctrl-C) keeps every record that completed. Thread-safe; lines never interleave.
 */
public final class JsonlRecordWriter implements Consumer<RequestRecord>, AutoCloseable {
  private final Path path;
  private final BufferedWriter out;

  private JsonlRecordWriter(Path path, BufferedWriter out) {
    this.path = path;
    this.out = out;
  }

  /**
   * Opens {@code path} for appending, creating it (and its parent folders) when missing.
   *
   * @throws MetricsException when the file cannot be opened
   */
  public static JsonlRecordWriter append(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new JsonlRecordWriter(
          path,
          Files.newBufferedWriter(
              path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new MetricsException("cannot open record file " + path + ": " + e.getMessage(), e);
    }
  }

  /** Writes and flushes one line (built before taking the lock, so writers only queue to write). */
  @Override
  public void accept(RequestRecord record) {
    String line = RecordJson.toLine(record);
    synchronized (this) {
      try {
        out.write(line);
        out.newLine();
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to record file " + path, e);
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close record file " + path, e);
    }
  }
}
