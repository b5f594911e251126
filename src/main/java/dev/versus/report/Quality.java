package dev.versus.report;

import java.util.List;

/**
 * The quality and safety half of a report.
 *
 * @param scores one per model and suite
 * @param comparisons paired significance tests
 * @param consistency agreement across repeats
 * @param judges the judge models that graded {@code llm-judge} suites, per suite
 */
public record Quality(
    List<SuiteScore> scores, List<PairwiseComparison> comparisons, List<Consistency> consistency,
    List<SuiteJudge> judges) {

  public Quality {
    scores = Checks.list(scores, "quality.scores");
    comparisons = Checks.list(comparisons, "quality.comparisons");
    consistency = Checks.list(consistency, "quality.consistency");
    judges = Checks.list(judges, "quality.judges");
  }

  /** Quality with no judged suite. */
  public Quality(
      List<SuiteScore> scores, List<PairwiseComparison> comparisons, List<Consistency> consistency) {
    this(scores, comparisons, consistency, List.of());
  }

  /** A report with no quality part. */
  public static Quality none() {
    return new Quality(List.of(), List.of(), List.of());
  }

  /** Suite names in first-seen order. */
  public List<String> suites() {
    return scores.stream().map(SuiteScore::suite).distinct().toList();
  }

  /** The score of one model on one suite, if it was run. */
  public java.util.Optional<SuiteScore> score(String modelKey, String suite) {
    return scores.stream()
        .filter(s -> s.modelKey().equals(modelKey) && s.suite().equals(suite))
        .findFirst();
  }
}
