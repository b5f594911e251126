package dev.versus.gateway;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a replay's {@code summary.json} and {@code cases.jsonl} into a folder. */
public final class ReplayOutput {
  private ReplayOutput() {}

  /**
   * Writes both files into {@code folder} (created if absent), replacing older ones.
   *
   * @throws UncheckedIOException naming the file that could not be written
   */
  public static void write(Path folder, ReplayResult result) {
    Path summary = folder.resolve("summary.json");
    Path cases = folder.resolve("cases.jsonl");
    try {
      Files.createDirectories(folder);
      Files.writeString(summary, ReplayJson.summary(result.summary()) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + summary + ": " + e.getMessage(), e);
    }
    try (BufferedWriter out = Files.newBufferedWriter(cases, StandardCharsets.UTF_8)) {
      for (ReplayCase c : result.cases()) {
        out.write(ReplayJson.caseLine(c));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + cases + ": " + e.getMessage(), e);
    }
  }
}
