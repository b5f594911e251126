package dev.versus.planrun;

import dev.versus.eval.BuiltinSuites;
import dev.versus.eval.DatasetLoaders;
import dev.versus.eval.LongContextSuiteGenerator;
import dev.versus.eval.MatrixSuiteGenerator;
import dev.versus.eval.EvalModel;
import dev.versus.eval.EvalOutput;
import dev.versus.eval.EvalReport;
import dev.versus.eval.EvalRunner;
import dev.versus.eval.EvalSettings;
import dev.versus.eval.Price;
import dev.versus.eval.ResponseCache;
import dev.versus.eval.Scorers;
import dev.versus.eval.StoredResults;
import dev.versus.eval.Suite;
import dev.versus.eval.SuiteReader;
import dev.versus.plan.ModelSpec;
import dev.versus.plan.Pricing;
import dev.versus.plan.QualityPlan;
import dev.versus.store.RunIds;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a plan's quality part as an eval run of its own (kind {@code eval}), keyed by the plan's
 * model keys. The built-in long-context suite is generated at one needle depth (50%) in the
 * workload's language, at every haystack length up to {@code contextWindowTokens}, and is not cut
 * to {@code limit}, so the lengths that matter are always tried.
 */
final class QualityPart {
  private static final String LONG_CONTEXT = "long-context";

  private QualityPart() {}

  /** Loads every suite; a suite or dataset that does not load fails with its message. */
  static List<Suite> suites(QualityPlan plan, Path baseDir, Scorers scorers, int contextWindowTokens,
      List<Integer> longContextLengths, String language) {
    BuiltinSuites builtIn = BuiltinSuites.standard(scorers, contextWindowTokens)
        .withGenerated(LONG_CONTEXT,
            () -> longContext(scorers, contextWindowTokens, longContextLengths, language));
    List<Suite> out = new ArrayList<>();
    for (String name : plan.suites()) {
      boolean file = name.contains("/") || name.contains(".");
      Suite suite = file ? SuiteReader.create(scorers).read(baseDir.resolve(name))
          : builtIn.load(name);
      out.add(name.equals(LONG_CONTEXT) ? suite : limit(suite, plan.limit()));
    }
    for (QualityPlan.DatasetRef ref : plan.datasets()) {
      out.add(limit(DatasetLoaders.standard().load(ref.spec(), Map.of(), scorers).suite(),
          plan.limit()));
    }
    return out;
  }

  /**
   * Runs the suites, storing every case result as it finishes, and returns the eval run's id.
   * Model answers are not cached (the plan measures the models); {@code scorers} may cache its
   * judge's replies.
   */
  static String run(Store store, List<Suite> suites, Scorers scorers, String configJson,
      Map<String, ModelSpec> specs, List<EvalModel> models, QualityPlan plan, long seed,
      Clock clock, boolean simulated, Consumer<String> progress) throws InterruptedException {
    String runId = RunIds.next(clock, new SplittableRandom(seed ^ clock.millis()));
    store.runs().create(RunInfo.started(runId, "eval", "plan quality part", clock.instant(),
        configJson, simulated));
    Map<String, Price> prices = new LinkedHashMap<>();
    specs.forEach((key, spec) -> {
      if (spec.pricing() instanceof Pricing.PerToken p) {
        prices.put(key, new Price(p.inputPerMillion(), p.outputPerMillion()));
      }
    });
    EvalSettings settings = EvalSettings.defaults().withRepeats(plan.repeat())
        .withConcurrency(plan.concurrency() * models.size()).withSeed(seed);
    EvalRunner runner = EvalRunner.create(settings, scorers, ResponseCache.none(), prices)
        .withProgress(p -> progress.accept(String.format(java.util.Locale.ROOT,
            "quality: %d/%d cases", p.done(), p.total())));
    EvalReport report;
    try (StoredResults sink = StoredResults.create(store.evalResults(), runId)) {
      try {
        report = runner.run(models, suites, sink);
      } catch (InterruptedException e) {
        store.runs().finish(runId, RunStatus.INTERRUPTED, clock.instant());
        throw e;
      }
    }
    store.runs().updateSummary(runId, EvalOutput.summaryJson(report, runId, simulated));
    store.runs().finish(runId, RunStatus.COMPLETED, clock.instant());
    return runId;
  }

  private static Suite limit(Suite suite, int limit) {
    return limit > 0 && suite.size() > limit
        ? new Suite(suite.name(), suite.description(), suite.cases().subList(0, limit),
            suite.defaultScorer())
        : suite;
  }

  /** Haystacks of every length up to the window, needle at half depth, in one language. */
  private static Suite longContext(Scorers scorers, int windowTokens, List<Integer> lengths,
      String language) {
    StringBuilder jsonl = new StringBuilder();
    LongContextSuiteGenerator.create(MatrixSuiteGenerator.DEFAULT_SEED, windowTokens)
        .withDepths(List.of(50)).withLanguages(List.of(language.equals("en") ? "en" : "es"))
        .withLengths(lengths)
        .cases().forEach(c -> jsonl.append(c.toJsonLine()).append('\n'));
    return SuiteReader.create(scorers).readJsonl(LONG_CONTEXT,
        "needle retrieval up to " + windowTokens + " tokens, direct and chunked",
        "generated suite " + LONG_CONTEXT,
        new java.io.StringReader(jsonl.toString()), "", "en");
  }
}
