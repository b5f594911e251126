package dev.versus.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A detection report on a labelled JSONL file, counted per the file's {@code lang} field. */
final class LanguageSplit {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> langs;
  private final DetectionReport report;

  private LanguageSplit(List<String> langs, DetectionReport report) {
    this.langs = langs;
    this.report = report;
  }

  /** The report of {@code file} (screened in file order) with each line's language. */
  static LanguageSplit of(Path file, DetectionReport report) throws IOException {
    List<String> langs = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(LanguageSplit::lang)
        .toList();
    if (langs.size() != report.results().size()) {
      throw new IllegalArgumentException(file + ": " + langs.size() + " lines, "
          + report.results().size() + " results");
    }
    return new LanguageSplit(langs, report);
  }

  /** The default guard's report on a labelled JSONL file on the test classpath, per language. */
  static LanguageSplit screenDefaults(String resource) throws Exception {
    Path file = Path.of(LanguageSplit.class.getResource(resource).toURI());
    DetectionReport report = GuardEvaluation.run(
        Guard.create(GuardConfig.defaults()), LabelledFiles.read(file), done -> {});
    return of(file, report);
  }

  /** How many items were screened. */
  int size() {
    return langs.size();
  }

  /** How many items of {@code lang} with this label the guard flagged. */
  long flagged(boolean attack, String lang) {
    long n = 0;
    for (int i = 0; i < report.results().size(); i++) {
      ItemResult r = report.results().get(i);
      if (r.item().attack() == attack && langs.get(i).equals(lang) && r.screening().detected()) {
        n++;
      }
    }
    return n;
  }

  private static String lang(String line) {
    try {
      return JSON.readTree(line).path("lang").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
