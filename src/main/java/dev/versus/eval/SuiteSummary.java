package dev.versus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one model on one suite, summarised with intervals: pass rate (Wilson), mean score
 * (percentile bootstrap) and, when every case uses the {@code label} scorer, macro-F1 (bootstrap).
 */
public record SuiteSummary(String suite, int cases, Interval passRate, Interval meanScore,
    Optional<Interval> macroF1) {
  public SuiteSummary {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(passRate, "passRate");
    Objects.requireNonNull(meanScore, "meanScore");
    Objects.requireNonNull(macroF1, "macroF1");
  }

  /**
   * Summarises {@code scores}, where {@code scores.get(i)} is the score of {@code
   * suite.cases().get(i)}; {@code seed} drives the bootstrap ({@link Stats#DEFAULT_RESAMPLES}).
   */
  public static SuiteSummary of(Suite suite, List<Score> scores, double confidence, long seed) {
    if (scores.size() != suite.size() || scores.isEmpty()) {
      throw new IllegalArgumentException("need one score per case of " + suite.name() + ": "
          + suite.size() + " cases, " + scores.size() + " scores");
    }
    int passed = 0;
    double[] values = new double[scores.size()];
    boolean allLabels = true;
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      Score s = scores.get(i);
      EvalCase c = suite.cases().get(i);
      passed += s.passed() ? 1 : 0;
      values[i] = s.value();
      allLabels &= c.scorer().equals("label");
      gold.add(TextNormalizer.normalize(c.firstExpected(), true));
      predicted.add(TextNormalizer.normalize(s.extracted(), true));
    }
    Optional<Interval> f1 = allLabels
        ? Optional.of(Stats.macroF1Interval(gold, predicted, Stats.DEFAULT_RESAMPLES, seed,
            confidence))
        : Optional.empty();
    return new SuiteSummary(suite.name(), scores.size(),
        Stats.wilson(passed, scores.size(), confidence),
        Stats.bootstrapMean(values, Stats.DEFAULT_RESAMPLES, seed, confidence), f1);
  }
}
