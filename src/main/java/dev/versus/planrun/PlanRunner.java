package dev.versus.planrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.eval.EvalModel;
import dev.versus.eval.JudgePanel;
import dev.versus.eval.ResponseCache;
import dev.versus.eval.Scorers;
import dev.versus.eval.Suite;
import dev.versus.load.BenchTarget;
import dev.versus.load.Target;
import dev.versus.plan.ClaimResult;
import dev.versus.plan.ModelSpec;
import dev.versus.plan.Plan;
import dev.versus.plan.Pricing;
import dev.versus.plan.ProviderKind;
import dev.versus.plan.QualityPlan;
import dev.versus.provider.ChatProvider;
import dev.versus.report.Claim;
import dev.versus.report.Price;
import dev.versus.report.ReportModel;
import dev.versus.runreport.PlanRunSummary;
import dev.versus.runreport.ReportFiles;
import dev.versus.runreport.RunReports;
import dev.versus.store.RunIds;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a validated {@link Plan}: its quality part as an eval run, then its performance part as a
 * bench run (in that order, so that a crash the load provokes cannot spoil the quality calls; or
 * both at once with {@link PlanOptions#partsAtOnce()}, the quality calls then going to clients of
 * their own, {@link PlanClients#createForQuality}), then judges its claims over the stored measurements ({@link MeasuredFigures}) and stores
 * one run of kind {@code plan} whose summary ({@link PlanRunSummary}) names both parts, so {@code
 * versus report PLAN_RUN} rebuilds the whole report. The plan run's summary is written after each
 * part: a run resumed with {@link PlanOptions#resumeRunId()} skips every part already completed.
 */
public final class PlanRunner {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final PlanClients clients;
  private final Clock clock;
  private final Consumer<String> progress;

  private PlanRunner(Store store, PlanClients clients, Clock clock, Consumer<String> progress) {
    this.store = store;
    this.clients = clients;
    this.clock = clock;
    this.progress = progress;
  }

  /** A runner over a store; {@code progress} gets one short line per step. */
  public static PlanRunner create(Store store, PlanClients clients, Clock clock,
      Consumer<String> progress) {
    return new PlanRunner(store, clients, clock, progress);
  }

  /**
   * Runs the plan and writes the report files.
   *
   * @param baseDir the plan file's folder, against which suite files resolve
   * @throws PlanRunException when the run to resume does not exist or is not a plan run
   */
  public PlanOutcome run(Plan plan, Path baseDir, PlanOptions options) throws InterruptedException {
    boolean simulated = plan.models().values().stream().anyMatch(m -> m.provider() == ProviderKind.SIM);
    Started started = start(plan, options, simulated);
    String runId = started.runId();
    RunLedger ledger = new RunLedger(store, runId, started.summary());
    progress.accept("plan run " + runId + (options.resumeRunId().isPresent() ? " (resumed)" : "")
        + ": --resume " + runId + " continues it if it stops");
    List<String> skipped = Collections.synchronizedList(new ArrayList<>());
    List<ChatProvider> opened = Collections.synchronizedList(new ArrayList<>());
    try {
      // Suites are prepared first, also when the parts run at once: it is CPU work that would
      // otherwise compete with the first load level.
      PlanParts.Part quality = quality(plan, baseDir, options, simulated, ledger, skipped, opened);
      PlanParts.Part performance = () -> performance(plan, options, runId, ledger, skipped, opened);
      if (options.partsAtOnce()) {
        PlanParts.atOnce(quality, performance);
      } else {
        PlanParts.inOrder(quality, performance);
      }
    } catch (InterruptedException e) {
      store.runs().finish(runId, RunStatus.INTERRUPTED, clock.instant());
      throw e;
    } finally {
      opened.forEach(ChatProvider::close);
    }
    progress.accept("claims: judging " + plan.claims().size());
    MeasuredFigures figures =
        new MeasuredFigures(plan.models(), measurements(ledger.summary()), plan.cost());
    ledger.claims(plan.evaluator(figures).evaluateAll(plan.claims()).stream()
        .map(ClaimResult::toReportClaim).toList());
    store.runs().finish(runId, RunStatus.COMPLETED, clock.instant());
    progress.accept("report: building");
    ReportModel report = RunReports.build(store.runs(), List.of(runId), clock.instant());
    List<Path> files = ReportFiles.write(report, options.formats(), options.language(),
        options.outDir());
    progress.accept("report: written");
    return new PlanOutcome(runId, report, files, List.copyOf(skipped));
  }

  /** Prepares the quality part's suites and clients; returns the part that runs them. */
  private PlanParts.Part quality(Plan plan, Path baseDir, PlanOptions options, boolean simulated,
      RunLedger ledger, List<String> skipped, List<ChatProvider> opened) {
    if (plan.quality().isEmpty()) {
      return () -> { };
    }
    if (completed(ledger.summary().evalRunId())) {
      skipped.add("quality");
      return () -> { };
    }
    progress.accept("quality: preparing suites");
    QualityPlan qualityPlan = plan.quality().get();
    JudgePanel judges = PlanJudges.panel(qualityPlan.judge(), plan.models().values(), clients,
        options.seed());
    List<Suite> suites = QualityPart.suites(qualityPlan, baseDir,
        Scorers.standard().withJudge(judges.judge(ResponseCache.none())),
        options.contextWindowTokens(), options.longContextLengthsTokens(), language(plan));
    progress.accept("suites: " + suites.size() + " ready");
    Set<String> judgeRefs;
    try {
      judgeRefs = PlanJudges.open(judges, suites);
    } catch (RuntimeException e) {
      judges.close();
      throw e;
    }
    if (!judgeRefs.isEmpty()) {
      progress.accept("quality: judged by " + String.join(", ", judgeRefs));
    }
    List<EvalModel> models = new ArrayList<>();
    for (ModelSpec spec : plan.models().values()) {
      ChatProvider provider = clients.createForQuality(spec);
      opened.add(provider);
      models.add(new EvalModel(spec.key(), provider));
    }
    return () -> {
      try (JudgePanel panel = judges;
          ResponseCache cache = judgeRefs.isEmpty() ? ResponseCache.none()
              : PlanJudges.cache(store)) {
        ledger.evalRun(QualityPart.run(store, suites,
            Scorers.standard().withJudge(panel.judge(cache)),
            PlanJudges.config(judgeRefs, qualityPlan.judge()), plan.models(), models, qualityPlan,
            options.seed(), clock, simulated, progress));
      }
      progress.accept("quality part: done");
    };
  }

  private void performance(Plan plan, PlanOptions options, String runId, RunLedger ledger,
      List<String> skipped, List<ChatProvider> opened) throws InterruptedException {
    if (plan.performance().isEmpty()) {
      return;
    }
    List<String> stored = ledger.summary().benchRunIds();
    if (!stored.isEmpty() && stored.stream().allMatch(this::completed)) {
      skipped.add("performance");
      return;
    }
    List<BenchTarget> targets = new ArrayList<>();
    for (ModelSpec spec : plan.models().values()) {
      ChatProvider provider = clients.create(spec);
      opened.add(provider);
      targets.add(new BenchTarget(new Target(spec.key(), provider), spec.ref(),
          spec.provider() == ProviderKind.SIM, clients.metricsUrl(spec)));
    }
    var benches = PerformancePart.runAll(store, plan.performance().get(), targets,
        options.outDir().resolve("bench"), options.levelPause(), clock, progress,
        options.modelsSideBySide());
    ledger.benchRuns(benches.stream().map(b -> b.runId()).toList());
    progress.accept("performance part: done");
    if (benches.stream().anyMatch(b -> b.status() == RunStatus.INTERRUPTED)
        || Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("performance part interrupted");
    }
  }

  private record Started(String runId, PlanRunSummary summary) {}

  private Started start(Plan plan, PlanOptions options, boolean simulated) {
    if (options.resumeRunId().isPresent()) {
      String id = options.resumeRunId().get();
      RunInfo run = store.runs().find(id).orElseThrow(() ->
          new PlanRunException("--resume: no run with id '" + id + "' in the store"));
      if (!run.kind().equals("plan") || run.summaryJson().isBlank()) {
        throw new PlanRunException("--resume: run '" + id + "' is a " + run.kind()
            + " run, not a plan run with a summary");
      }
      try {
        PlanRunSummary stored = PlanRunSummary.fromJson(JSON.readTree(run.summaryJson()));
        return new Started(id, new PlanRunSummary(plan.title(), language(plan), models(plan),
            stored.benchRunIds(), stored.evalRunId(), List.of()));
      } catch (IOException e) {
        throw new PlanRunException("--resume: run '" + id + "' has an unreadable summary");
      }
    }
    String id = RunIds.next(clock, new SplittableRandom(options.seed() ^ clock.millis()));
    PlanRunSummary summary = new PlanRunSummary(plan.title(), language(plan), models(plan),
        List.of(), "", List.of());
    store.runs().create(RunInfo.started(id, "plan", plan.title(), clock.instant(), config(plan),
        simulated));
    return new Started(id, summary);
  }

  private boolean completed(String partRunId) {
    return !partRunId.isEmpty() && store.runs().find(partRunId)
        .map(r -> r.status() == RunStatus.COMPLETED && !r.summaryJson().isBlank()).orElse(false);
  }

  private Measurements measurements(PlanRunSummary summary) {
    ObjectNode bench = JSON.createObjectNode();
    var benchModels = bench.putArray("models");
    for (String id : summary.benchRunIds()) {
      summaryOf(id).path("models").forEach(benchModels::add);
    }
    JsonNode eval = summaryOf(summary.evalRunId());
    return new Measurements(bench, eval, summary.evalRunId().isEmpty() ? List.of()
        : store.evalResults().list(summary.evalRunId()));
  }

  private JsonNode summaryOf(String runId) {
    if (runId.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      String text = store.runs().find(runId).map(RunInfo::summaryJson).orElse("");
      return text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
    } catch (IOException e) {
      throw new PlanRunException("run '" + runId + "' has an unreadable summary");
    }
  }

  private static String language(Plan plan) {
    return plan.performance()
        .map(p -> p.workload().language().name().toLowerCase(Locale.ROOT)).orElse("und");
  }

  private static List<PlanRunSummary.PlanModel> models(Plan plan) {
    List<PlanRunSummary.PlanModel> out = new ArrayList<>();
    for (ModelSpec spec : plan.models().values()) {
      Price price = spec.pricing() instanceof Pricing.PerToken p
          ? new Price.PerMillionTokens(p.inputPerMillion(), p.outputPerMillion())
          : Price.unpriced();
      out.add(new PlanRunSummary.PlanModel(spec.key(), spec.ref(),
          spec.provider() == ProviderKind.SIM, price));
    }
    return out;
  }

  /** The plan as stored with the run: title, source and model references (never API keys). */
  private static String config(Plan plan) {
    ObjectNode o = JSON.createObjectNode();
    o.put("source", plan.source());
    o.put("title", plan.title());
    ObjectNode models = o.putObject("models");
    plan.models().forEach((key, spec) -> models.put(key, spec.ref()));
    plan.quality().flatMap(QualityPlan::judge).ifPresent(j -> o.put("judge", j.reference()));
    o.put("claims", plan.claims().size());
    return o.toString();
  }
}
