package dev.versus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a run's case results into per model × suite statistics and paired comparisons. */
final class ReportBuilder {
  private ReportBuilder() {}

  /** {@code ordered} holds the results by suite, model, case, repeat. */
  static EvalReport build(List<EvalModel> models, List<Suite> suites, List<CaseResult> ordered,
      EvalSettings settings) {
    int repeats = settings.repeats();
    List<SuiteResult> suiteResults = new ArrayList<>();
    List<PairResult> pairs = new ArrayList<>();
    int at = 0;
    for (int s = 0; s < suites.size(); s++) {
      Suite suite = suites.get(s);
      List<Integer> scored = new ArrayList<>();
      for (int c = 0; c < suite.size(); c++) {
        if (!ChunkAnswers.isMap(suite.cases().get(c))) {
          scored.add(c);
        }
      }
      List<List<Score>> perModel = new ArrayList<>();
      for (EvalModel model : models) {
        CaseResult[][] grid = new CaseResult[suite.size()][repeats];
        for (int c = 0; c < suite.size(); c++) {
          for (int r = 0; r < repeats; r++) {
            grid[c][r] = ordered.get(at++);
          }
        }
        long seed = settings.seed() * 31 + s;
        if (scored.isEmpty()) {
          perModel.add(List.of());
          continue;
        }
        suiteResults.add(summarise(model.key(), suite, scored, grid, settings, seed));
        perModel.add(pairable(scored, grid));
      }
      for (int a = 0; a < models.size(); a++) {
        for (int b = a + 1; b < models.size(); b++) {
          if (perModel.get(a).isEmpty()) {
            continue;
          }
          Verdict verdict = Stats.compare(perModel.get(a), perModel.get(b), settings.alpha(),
              settings.seed() + s);
          pairs.add(new PairResult(suite.name(), models.get(a).key(), models.get(b).key(),
              perModel.get(a).size(), verdict));
        }
      }
    }
    return new EvalReport(settings, models.stream().map(EvalModel::key).toList(), suiteResults,
        pairs, ordered);
  }

  private static SuiteResult summarise(String model, Suite suite, List<Integer> scored,
      CaseResult[][] grid, EvalSettings settings, long seed) {
    int repeats = settings.repeats();
    List<EvalCase> flatCases = new ArrayList<>();
    List<Score> flatScores = new ArrayList<>();
    List<Long> latencies = new ArrayList<>();
    double[] perCaseMean = new double[scored.size()];
    List<List<String>> answers = new ArrayList<>();
    int errors = 0;
    int cached = 0;
    double cost = 0;
    double spent = 0;
    boolean binary = true;
    for (int i = 0; i < scored.size(); i++) {
      EvalCase c = suite.cases().get(scored.get(i));
      List<String> caseAnswers = new ArrayList<>();
      double sum = 0;
      for (int r = 0; r < repeats; r++) {
        CaseResult result = grid[scored.get(i)][r];
        Score score = result.score();
        flatCases.add(repeats == 1 ? c : renamed(c, c.id() + "#" + r));
        flatScores.add(score);
        sum += score.value();
        binary &= score.value() == 0 || score.value() == 1;
        errors += result.failed() ? 1 : 0;
        cached += result.cached() ? 1 : 0;
        cost += result.costUsd();
        spent += result.cached() ? 0 : result.costUsd();
        if (!result.cached() && result.latencyNanos() >= 0) {
          latencies.add(result.latencyNanos());
        }
        String answer = score.extracted().isBlank() ? result.response() : score.extracted();
        caseAnswers.add(TextNormalizer.normalize(answer, true));
      }
      perCaseMean[i] = sum / repeats;
      answers.add(caseAnswers);
    }
    Suite flat = new Suite(suite.name(), suite.description(), flatCases, suite.defaultScorer());
    SuiteSummary summary = SuiteSummary.of(flat, flatScores, settings.confidence(), seed);
    String metric;
    Interval score;
    Interval clustered = Stats.bootstrapMean(perCaseMean, Stats.DEFAULT_RESAMPLES, seed,
        settings.confidence());
    if (summary.macroF1().isPresent()) {
      metric = "macro_f1";
      score = summary.macroF1().get();
    } else if (binary) {
      metric = "accuracy";
      score = repeats == 1 ? summary.passRate() : clustered;
    } else {
      metric = "mean_score";
      score = repeats == 1 ? summary.meanScore() : clustered;
    }
    Optional<Consistency> consistency = repeats >= 2
        ? Optional.of(Stats.consistency(answers))
        : Optional.empty();
    return new SuiteResult(model, suite.name(), metric, score, scored.size(), flatScores.size(),
        errors, cached, cost, spent,
        LatencySummary.of(latencies.stream().mapToLong(Long::longValue).toArray()), consistency,
        summary);
  }

  /** Scores to pair across models: the raw scores with one repeat, else each case's mean. */
  private static List<Score> pairable(List<Integer> scored, CaseResult[][] grid) {
    List<Score> out = new ArrayList<>();
    for (int c : scored) {
      CaseResult[] repeats = grid[c];
      if (repeats.length == 1) {
        out.add(repeats[0].score());
        continue;
      }
      double sum = 0;
      for (CaseResult r : repeats) {
        sum += r.score().value();
      }
      out.add(Score.graded(sum / repeats.length, 0.5, "", "mean of " + repeats.length + " repeats"));
    }
    return out;
  }

  private static EvalCase renamed(EvalCase c, String id) {
    return new EvalCase(id, c.messages(), c.variables(), c.expected(), c.scorer(), c.options(),
        c.language(), c.tags(), c.metadata());
  }
}
