package dev.versus.report;

import java.util.List;

/**
 * The performance half of a report.
 *
 * @param slo the SLOs that goodput and knees were judged against, as written in the plan
 * @param durationSeconds length of each level's measured window
 * @param warmupSeconds warm-up excluded before each window
 * @param levels one entry per model and level
 * @param knees at most one per model
 */
public record Performance(
    String slo,
    double durationSeconds,
    double warmupSeconds,
    List<LevelResult> levels,
    List<Knee> knees) {

  public Performance {
    Checks.text(slo, "performance.slo");
    Checks.nonNegative(durationSeconds, "performance.durationSeconds");
    Checks.nonNegative(warmupSeconds, "performance.warmupSeconds");
    levels = Checks.list(levels, "performance.levels");
    knees = Checks.list(knees, "performance.knees");
  }

  /** A report with no performance part. */
  public static Performance none() {
    return new Performance("none", 0, 0, List.of(), List.of());
  }

  /** The levels of one model, lowest first. */
  public List<LevelResult> levelsOf(String modelKey) {
    return levels.stream()
        .filter(l -> l.modelKey().equals(modelKey))
        .sorted(java.util.Comparator.comparing(LevelResult::level))
        .toList();
  }

  /** The knee of one model, if one was searched for. */
  public java.util.Optional<Knee> kneeOf(String modelKey) {
    return knees.stream().filter(k -> k.modelKey().equals(modelKey)).findFirst();
  }
}
