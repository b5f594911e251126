package dev.versus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.eval.DatasetLoaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code quality} section of a plan. */
final class QualityReader {
  /** The suites versus ships (DESIGN §6); anything else must be a file. */
  static final Set<String> BUILTIN_SUITES =
      Set.of("math-matrices", "math-es", "nlu-es", "long-context", "consistency", "injection",
          "injection-benign");
  private static final String PATH = "quality";
  private static final Set<String> KEYS =
      Set.of("suites", "datasets", "repeat", "limit", "concurrency", "judge");

  private final Fields fields;
  private final Path baseDir;
  private final JudgeReader judges;

  QualityReader(Fields fields, Path baseDir, Map<String, ModelSpec> models) {
    this.fields = fields;
    this.baseDir = baseDir;
    this.judges = new JudgeReader(fields, baseDir, models);
  }

  QualityPlan read(JsonNode node) {
    fields.keys(node, PATH, KEYS);
    Optional<JudgePlan> judge = node.hasNonNull("judge")
        ? Optional.of(judges.read(node.get("judge"))) : Optional.empty();
    List<String> suites = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<String> written = fields.texts(node, PATH, "suites", "a suite name or file");
    for (int i = 0; i < written.size(); i++) {
      String at = PATH + ".suites[" + i + "]";
      String suite = written.get(i);
      if (isFile(suite)) {
        Path file = baseDir.resolve(suite);
        if (!Files.isRegularFile(file)) {
          throw fields.error(at, "suite file not found: " + file);
        }
        suite = file.toString();
        if (!suite.endsWith(".json")) {
          judges.check(at, Optional.of(file), "", judge);
        }
      } else if (!BUILTIN_SUITES.contains(suite)) {
        throw fields.error(at, "unknown suite '" + suite + "'" + Suggest.hint(suite, BUILTIN_SUITES)
            + " (built-in suites: "
            + String.join(", ", new java.util.TreeSet<>(BUILTIN_SUITES))
            + "; or give a suite file ending in .yaml, .yml, .jsonl or .json)");
      }
      if (!names.add(QualityPlan.stem(suite))) {
        throw fields.error(at, "suite '" + QualityPlan.stem(suite) + "' is listed twice");
      }
      suites.add(suite);
    }
    List<QualityPlan.DatasetRef> datasets = datasets(node, names);
    for (int i = 0; i < datasets.size(); i++) {
      judges.check(PATH + ".datasets[" + i + "]", Optional.empty(), datasets.get(i).spec(), judge);
    }
    if (suites.isEmpty() && datasets.isEmpty()) {
      throw fields.error(PATH, "give at least one of suites: [nlu-es, ...] or datasets: [FORMAT:PATH]");
    }
    return new QualityPlan(
        suites,
        datasets,
        (int) fields.integer(node, PATH, "repeat", 1, 1, 1000),
        (int) fields.integer(node, PATH, "limit", 0, 0, Integer.MAX_VALUE),
        (int) fields.integer(node, PATH, "concurrency", 4, 1, 10_000),
        judge);
  }

  private List<QualityPlan.DatasetRef> datasets(JsonNode node, Set<String> names) {
    List<QualityPlan.DatasetRef> out = new ArrayList<>();
    List<String> written = fields.texts(node, PATH, "datasets", "FORMAT:PATH");
    Set<String> formats = DatasetLoaders.standard().formats();
    for (int i = 0; i < written.size(); i++) {
      String at = PATH + ".datasets[" + i + "]";
      String spec = written.get(i);
      int colon = spec.indexOf(':');
      String format = colon < 0 ? "" : spec.substring(0, colon);
      if (!formats.contains(format)) {
        throw fields.error(at, "expected FORMAT:PATH with FORMAT one of "
            + String.join(", ", formats) + ", got '" + spec + "'");
      }
      Path file = baseDir.resolve(spec.substring(colon + 1));
      if (!Files.isRegularFile(file)) {
        throw fields.error(at, "dataset file not found: " + file);
      }
      if (!names.add(QualityPlan.stem(file.getFileName().toString()))) {
        throw fields.error(at, "a suite or dataset named '"
            + QualityPlan.stem(file.getFileName().toString()) + "' is already listed");
      }
      out.add(new QualityPlan.DatasetRef(format, file));
    }
    return out;
  }

  private static boolean isFile(String suite) {
    return suite.contains("/") || suite.matches(".*\\.(ya?ml|jsonl|json)$");
  }
}
