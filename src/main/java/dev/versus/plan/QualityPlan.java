package dev.versus.plan;

import java.util.List;
import java.util.Objects;

/**
 * The quality and safety part of a plan.
 *
 * @param suites built-in suite names (e.g. {@code nlu-es}) or suite files (paths ending in .yaml,
 *     .yml, .jsonl or .json, resolved against the plan's folder)
 * @param datasets public datasets, {@code FORMAT:PATH}
 * @param repeat how many times each case is asked (2 or more gives consistency)
 * @param limit the most cases per suite; 0 for all
 * @param concurrency calls in flight per model
 * @param judge the judge model of {@code llm-judge} cases that name none, if any
 */
public record QualityPlan(
    List<String> suites, List<DatasetRef> datasets, int repeat, int limit, int concurrency,
    java.util.Optional<JudgePlan> judge) {

  public QualityPlan {
    suites = List.copyOf(suites);
    datasets = List.copyOf(datasets);
    Objects.requireNonNull(judge, "judge");
    if (suites.isEmpty() && datasets.isEmpty()) {
      throw new IllegalArgumentException("a quality plan needs at least one suite or dataset");
    }
    if (repeat < 1 || limit < 0 || concurrency < 1) {
      throw new IllegalArgumentException(
          "repeat and concurrency must be 1 or more and limit 0 or more, got " + repeat + ", "
              + concurrency + ", " + limit);
    }
  }

  /** The names figures use for each suite and dataset: suite names, file names without extension. */
  public List<String> suiteNames() {
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    suites.forEach(s -> names.add(stem(s)));
    datasets.forEach(d -> names.add(stem(d.path().getFileName().toString())));
    return List.copyOf(names);
  }

  static String stem(String suite) {
    String file = suite.substring(suite.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** A public dataset: its loader's format name and its file. */
  public record DatasetRef(String format, java.nio.file.Path path) {
    public DatasetRef {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(path, "path");
    }

    /** The {@code FORMAT:PATH} form. */
    public String spec() {
      return format + ":" + path;
    }
  }
}
