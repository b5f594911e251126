package dev.versus.runreport;

import dev.versus.report.ReportLanguage;
import dev.versus.report.ReportModel;
import dev.versus.report.ReportRenderer;
import dev.versus.report.ReportRenderers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a report in several formats into one folder: {@code report.html}, {@code report.junit.xml}... */
public final class ReportFiles {
  private ReportFiles() {}

  /** The four files {@code versus demo} and {@code versus run} write. */
  public static final List<String> STANDARD_FORMATS = List.of("html", "json", "md", "junit");

  /** The file name of a format: {@code report.EXT}, and {@code report.junit.xml} for JUnit. */
  public static String fileName(ReportRenderer renderer) {
    return renderer.format().equals("junit")
        ? "report.junit.xml"
        : "report." + renderer.fileExtension();
  }

  /**
   * Renders {@code model} in every format into {@code dir} (created if missing).
   *
   * @return the files written, in the order of {@code formats}
   * @throws IllegalArgumentException for an unknown format
   * @throws UncheckedIOException when a file cannot be written
   */
  public static List<Path> write(ReportModel model, List<String> formats, ReportLanguage language,
      Path dir) {
    List<ReportRenderer> renderers = formats.stream().map(ReportRenderers::require).toList();
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (ReportRenderer renderer : renderers) {
        Path file = dir.resolve(fileName(renderer));
        Files.writeString(file, renderer.render(model, language), StandardCharsets.UTF_8);
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write the report: " + e.getMessage(), e);
    }
    return written;
  }
}
