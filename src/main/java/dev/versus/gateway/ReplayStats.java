package dev.versus.gateway;

import dev.versus.eval.Interval;
import dev.versus.eval.Stats;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;

/** Turns replayed cases into a {@link ReplaySummary}. */
final class ReplayStats {
  private static final double CONFIDENCE = 0.95;

  private ReplayStats() {}

  static ReplaySummary summarise(String runId, ReplaySettings s, int selected,
      Map<String, Integer> skipped, List<ReplayCase> cases, boolean simulated, String rubric) {
    int n = cases.size();
    long agreed = cases.stream().filter(ReplayCase::agreed).count();
    double[] f1 = cases.stream().mapToDouble(ReplayCase::tokenF1).toArray();
    Interval f1Interval = Stats.bootstrapMean(f1, Stats.DEFAULT_RESAMPLES, s.seed(), CONFIDENCE);
    double[] similar = cases.stream().mapToDouble(ReplayCase::similarity)
        .filter(Double::isFinite).toArray();
    ReplaySummary.Similarity similarity = ReplaySummary.Similarity.none();
    if (similar.length > 0) {
      Interval i = Stats.bootstrapMean(similar, Stats.DEFAULT_RESAMPLES, s.seed(), CONFIDENCE);
      similarity = new ReplaySummary.Similarity(true, i.estimate(), i.low(), i.high());
    }
    double exact = cases.stream().filter(ReplayCase::exactMatch).count() / (double) n;
    Map<String, Integer> errors = new TreeMap<>();
    cases.stream().filter(ReplayCase::failed).forEach(c -> errors.merge(c.errorClass(), 1,
        Integer::sum));
    double loggedCost = cases.stream().mapToDouble(ReplayCase::loggedCostUsd)
        .filter(Double::isFinite).sum();
    int loggedKnown = (int) cases.stream().filter(c -> Double.isFinite(c.loggedCostUsd())).count();
    double candidateCost = s.priced()
        ? cases.stream().mapToDouble(ReplayCase::candidateCostUsd).filter(Double::isFinite).sum()
        : Double.NaN;
    return new ReplaySummary(runId, s.candidate(), s.route(), selected, n, skipped,
        s.agreementThreshold(), Stats.wilson(agreed, n, CONFIDENCE), f1Interval, exact, similarity,
        judged(cases, rubric, s.seed()), errors,
        latency(cases, ReplayCase::loggedLatencyNanos),
        latency(cases, c -> c.failed() ? -1 : c.candidateLatencyNanos()),
        latency(cases, ReplayCase::loggedTtftNanos),
        latency(cases, ReplayCase::candidateTtftNanos),
        loggedCost, loggedKnown, candidateCost, simulated);
  }

  /** The judge's pass rate and mean score over the cases it graded; none when not configured. */
  static ReplaySummary.Judged judged(List<ReplayCase> cases, String rubric, long seed) {
    if (cases.stream().noneMatch(c -> c.judgement().judged())) {
      return ReplaySummary.Judged.none();
    }
    String model = cases.stream().map(ReplayCase::judgement).filter(ReplayJudgement::judged)
        .map(ReplayJudgement::model).findFirst().orElse("");
    List<ReplayJudgement> graded = cases.stream().map(ReplayCase::judgement)
        .filter(ReplayJudgement::graded).toList();
    int errors = (int) cases.stream().map(ReplayCase::judgement)
        .filter(j -> j.judged() && !j.graded()).count();
    if (graded.isEmpty()) {
      ReplaySummary.Judged none = ReplaySummary.Judged.none();
      return new ReplaySummary.Judged(true, model, rubric, 0, errors, none.passRate(), none.meanScore());
    }
    long passed = graded.stream().filter(ReplayJudgement::passed).count();
    double[] scores = graded.stream().mapToDouble(ReplayJudgement::score).toArray();
    return new ReplaySummary.Judged(true, model, rubric, graded.size(), errors,
        Stats.wilson(passed, graded.size(), CONFIDENCE),
        Stats.bootstrapMean(scores, Stats.DEFAULT_RESAMPLES, seed, CONFIDENCE));
  }

  /** p50 and p95 of the non-negative values (HdrHistogram, 3 significant digits). */
  static ReplaySummary.Latency latency(List<ReplayCase> cases, ToLongFunction<ReplayCase> f) {
    Histogram h = new Histogram(3);
    for (ReplayCase c : cases) {
      long nanos = f.applyAsLong(c);
      if (nanos >= 0) {
        h.recordValue(nanos);
      }
    }
    if (h.getTotalCount() == 0) {
      return new ReplaySummary.Latency(0, Double.NaN, Double.NaN);
    }
    return new ReplaySummary.Latency(h.getTotalCount(), h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(95) / 1e6);
  }
}
