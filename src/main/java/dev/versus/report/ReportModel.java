package dev.versus.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a report shows, independent of format and language.
 *
 * <p>The compact constructor checks that every section refers only to models listed in {@code
 * models}, that keys and claim ids are unique, and that each model has at most one result per level,
 * suite and knee. A violation throws {@link ReportException} naming the field.
 *
 * @param title e.g. "Gemini 2.5 Flash vs Llama 4 Maverick"
 * @param generatedAt when the report was made (from an injected clock)
 * @param runIds the stored runs it was made from
 * @param workloadLanguage BCP 47 tag of the prompts' language, e.g. {@code "es"} (the language the
 *     report is written in is chosen at rendering, see {@link ReportLanguage})
 * @param models the compared models, in display order
 */
public record ReportModel(
    String title,
    Instant generatedAt,
    List<String> runIds,
    String workloadLanguage,
    List<ModelInfo> models,
    Performance performance,
    Quality quality,
    List<CostEstimate> costs,
    List<Claim> claims,
    List<ThresholdCheck> thresholds) {

  /** The version of the JSON form, written as {@code "schema"}. */
  public static final String SCHEMA = "versus-report/1";

  public ReportModel {
    Checks.text(title, "title");
    Objects.requireNonNull(generatedAt, "generatedAt");
    runIds = Checks.list(runIds, "runIds");
    Checks.text(workloadLanguage, "workloadLanguage");
    models = Checks.list(models, "models");
    Objects.requireNonNull(performance, "performance");
    Objects.requireNonNull(quality, "quality");
    costs = Checks.list(costs, "costs");
    claims = Checks.list(claims, "claims");
    thresholds = Checks.list(thresholds, "thresholds");

    Set<String> keys = unique(models, ModelInfo::key, "models");
    known(keys, performance.levels(), LevelResult::modelKey, "performance.levels");
    unique(performance.levels(), l -> l.modelKey() + " " + l.level(), "performance.levels");
    known(keys, performance.knees(), Knee::modelKey, "performance.knees");
    unique(performance.knees(), Knee::modelKey, "performance.knees");
    known(keys, quality.scores(), SuiteScore::modelKey, "quality.scores");
    unique(quality.scores(), s -> s.modelKey() + " " + s.suite(), "quality.scores");
    known(keys, quality.comparisons(), PairwiseComparison::modelA, "quality.comparisons");
    known(keys, quality.comparisons(), PairwiseComparison::modelB, "quality.comparisons");
    known(keys, quality.consistency(), Consistency::modelKey, "quality.consistency");
    known(keys, costs, CostEstimate::modelKey, "costs");
    unique(claims, Claim::id, "claims");
    unique(thresholds, ThresholdCheck::id, "thresholds");
  }

  /** The model with this key. */
  public ModelInfo model(String key) {
    return models.stream()
        .filter(m -> m.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new ReportException("no model with key '" + key + "'"));
  }

  /** Claims with this verdict, in order. */
  public List<Claim> claimsWith(ClaimVerdict verdict) {
    return claims.stream().filter(c -> c.verdict() == verdict).toList();
  }

  private static <T> Set<String> unique(List<T> items, Function<T, String> key, String field) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(key.apply(item))) {
        throw new ReportException(field + ": '" + key.apply(item) + "' appears twice");
      }
    }
    return seen;
  }

  private static <T> void known(
      Set<String> keys, List<T> items, Function<T, String> modelKey, String field) {
    for (T item : items) {
      if (!keys.contains(modelKey.apply(item))) {
        throw new ReportException(
            field + ": unknown model '" + modelKey.apply(item) + "', expected one of " + keys);
      }
    }
  }
}
