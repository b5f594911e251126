package dev.versus.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file written by {@link JsonlRecordWriter}. */
public final class JsonlRecordReader {
  private JsonlRecordReader() {}

  /**
   * Reads every record. A last line cut short (the writer was killed mid-line) is skipped; any
   * other bad line is an error.
   *
   * @throws MetricsException naming the file and line of a bad record
   */
  public static List<RequestRecord> read(Path path) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new MetricsException("cannot read record file " + path + ": " + e.getMessage(), e);
    }
    List<RequestRecord> records = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        records.add(RecordJson.fromJson(RecordJson.MAPPER.readTree(line)));
      } catch (JsonProcessingException e) {
        if (i == lines.size() - 1) {
          break;
        }
        throw bad(path, i, "not valid JSON (" + e.getOriginalMessage() + ")", e);
      } catch (IllegalArgumentException e) {
        throw bad(path, i, e.getMessage(), e);
      }
    }
    return records;
  }

  private static MetricsException bad(Path path, int index, String why, Exception cause) {
    return new MetricsException(path + ":" + (index + 1) + ": bad request record: " + why, cause);
  }
}
