package dev.versus.cli;

import dev.versus.load.ArrivalProcess;
import dev.versus.load.BenchConfig;
import dev.versus.load.BenchObserver;
import dev.versus.load.BenchReport;
import dev.versus.load.BenchRun;
import dev.versus.load.BenchSetup;
import dev.versus.load.BenchTarget;
import dev.versus.load.Comparison;
import dev.versus.load.Environment;
import dev.versus.load.Limits;
import dev.versus.load.LoadModel;
import dev.versus.load.LoadPlan;
import dev.versus.load.Preflight;
import dev.versus.load.SaturationCriteria;
import dev.versus.load.SearchAxis;
import dev.versus.load.Shard;
import dev.versus.load.Target;
import dev.versus.load.Workload;
import dev.versus.metrics.Slo;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ModelRef;
import dev.versus.provider.ProviderException;
import dev.versus.provider.ProviderRegistry;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.SimProviders;
import dev.versus.store.RunIds;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus bench}: latency, throughput and saturation of one or more models. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure latency (TTFT, ITL, TPOT, E2E, schedule latency), throughput, goodput and errors of"
          + " one or more models under closed-loop concurrency or open-loop arrival rates.",
      "Writes OUT/summary.json and OUT/records.jsonl (one line per request, appended as each"
          + " finishes) and stores the run. Ctrl-C stops early and keeps everything measured."
    })
final class BenchCommand implements Callable<Integer> {
  private static final Duration HOOK_WAIT = Duration.ofSeconds(30);

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "REF",
      description = "Model reference: openai:MODEL@BASE_URL, gemini:MODEL or sim:PROFILE."
          + " Repeat to compare models on the same workload.")
  List<String> models = new ArrayList<>();

  @Option(names = "--concurrency", split = ",", paramLabel = "N",
      description = "Closed-loop levels: clients each sending the next request when the last ends,"
          + " e.g. 1,8,64,256 (default: 1).")
  List<Integer> concurrency = new ArrayList<>();

  @Option(names = "--rate", split = ",", paramLabel = "RPS",
      description = "Open-loop levels in requests/s on an absolute schedule, e.g. 5,10,20.")
  List<Double> rates = new ArrayList<>();

  @Option(names = "--arrival", defaultValue = "poisson", paramLabel = "KIND",
      description = "Open-loop arrivals: constant, poisson or gamma (default: ${DEFAULT-VALUE}).")
  String arrival;

  @Option(names = "--burstiness", paramLabel = "K",
      description = "Gamma shape for --arrival gamma: below 1 burstier than Poisson (default: 1).")
  Double burstiness;

  @Option(names = "--max-concurrency", defaultValue = "0", paramLabel = "N",
      description = "Open loop: cap on requests in flight; waiting shows in schedule latency"
          + " (default: unbounded).")
  int maxConcurrency;

  @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "TIME",
      description = "Measured time per level, e.g. 60s (default: 60s unless --requests is given).")
  Duration duration;

  @Option(names = "--requests", paramLabel = "N",
      description = "At most N requests per level (warm-up included).")
  Long requests;

  @Option(names = "--warmup", defaultValue = "0s", converter = DurationConverter.class,
      paramLabel = "TIME", description = "Unmeasured time at the start of each level.")
  Duration warmup;

  @Option(names = "--cooldown", defaultValue = "0s", converter = DurationConverter.class,
      paramLabel = "TIME", description = "Unmeasured time at the end of each level (load continues).")
  Duration cooldown;

  @Option(names = "--drain", defaultValue = "60s", converter = DurationConverter.class,
      paramLabel = "TIME",
      description = "How long to wait for requests in flight after sending stops (default: 60s).")
  Duration drain;

  @Option(names = "--interleave",
      description = "Run each level for every model before the next level (default: all levels"
          + " of one model, then the next).")
  boolean interleave;

  @Option(names = "--find-max",
      description = "Search the highest concurrency (or rate) meeting the SLOs with the error rate"
          + " under --max-error-rate: the knee. The level list gives the search's bounds"
          + " (one value N: 1..N; default concurrency 1..256).")
  boolean findMax;

  @Option(names = "--slo", converter = SloConverter.class, paramLabel = "SLOS",
      description = "Per-request objectives for goodput and --find-max, e.g. ttft=1s,tpot=50ms"
          + " (metrics: ttft, ttfat, itl, tpot, e2e, schedule_latency).")
  Slo slo;

  @Option(names = "--max-error-rate", defaultValue = "0.01", paramLabel = "FRACTION",
      description = "--find-max: highest error rate of a sustainable level (default: ${DEFAULT-VALUE}).")
  double maxErrorRate;

  @Option(names = "--min-goodput", defaultValue = "95", paramLabel = "PERCENT",
      description = "--find-max: lowest share of requests meeting every SLO (default: ${DEFAULT-VALUE}).")
  double minGoodput;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: versus-bench/RUN_ID); its records.jsonl is replaced.")
  Path out;

  @Option(names = "--metrics-url", paramLabel = "URL",
      description = "Prometheus endpoint of the server (vLLM names) to scrape during the run; once"
          + " for every non-simulated model, or once per --model in order. Automatic for sim:.")
  List<String> metricsUrls = new ArrayList<>();

  @Option(names = "--no-progress", description = "No progress line.")
  boolean noProgress;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Mixin WorkloadOptions workload;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() throws InterruptedException {
    Limits limits = limits();
    LoadPlan plan = plan();
    Slo objectives = slo == null ? Slo.none() : slo;
    Workload prompts = workload.workload();
    Clock clock = Clock.systemUTC();
    String runId = RunIds.next(clock, new SplittableRandom());
    Path outDir = out == null ? Path.of("versus-bench", runId) : out;
    ProviderRegistry registry = ProviderRegistry.withSystemEnv();
    List<ChatProvider> providers = new ArrayList<>();
    try (SimProviders sims = SimProviders.create(workload.seed, AnswerKeys.empty())) {
      sims.installInto(registry);
      try {
        List<BenchTarget> targets = targets(registry, sims, providers);
        for (BenchTarget target : targets) {
          Preflight.check(target.reference(), target.target().provider()).ifPresent(problem -> {
            throw new BadInputException(problem);
          });
        }
        BenchSetup setup = new BenchSetup(targets, plan,
            new BenchConfig(plan instanceof LoadPlan.Levels l ? l.levels().getFirst()
                : new LoadModel.Closed(1), limits, objectives, Shard.single(), workload.seed),
            prompts, workload.describe(), outDir);
        try (Store store = storeOptions.open()) {
          return run(setup, runId, store, clock);
        }
      } finally {
        providers.forEach(ChatProvider::close);
      }
    }
  }

  private int run(BenchSetup setup, String runId, Store store, Clock clock)
      throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    boolean progress = !noProgress && ProgressLine.interactive();
    BenchObserver observer = progress ? new ProgressLine(stderr) : BenchObserver.none();
    BenchRun run = BenchRun.create(setup, runId, store, Environment.system(), clock, observer);
    stdout.println("versus bench: run " + runId + (setup.simulated() ? " (includes SIMULATED models)" : ""));
    stdout.flush();
    Thread hook = new Thread(() -> {
      run.stop();
      try {
        run.awaitFinished(HOOK_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "versus-bench-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    BenchReport report;
    try {
      report = run.execute();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running and waits for us
      }
    }
    Thread.interrupted();
    SummaryTable.print(stdout, report);
    stdout.println("summary: " + report.summaryFile());
    stdout.println("records: " + report.recordsFile() + " (" + report.records() + " requests)");
    stdout.println("run id:  " + report.runId() + " (" + report.status().wireName() + ")");
    stdout.flush();
    return report.status() == RunStatus.INTERRUPTED ? 130 : 0;
  }

  private List<BenchTarget> targets(
      ProviderRegistry registry, SimProviders sims, List<ChatProvider> providers) {
    if (metricsUrls.size() > 1 && metricsUrls.size() != models.size()) {
      throw new BadInputException("--metrics-url: give it once (for every non-simulated model) or"
          + " once per --model (" + models.size() + "), got " + metricsUrls.size());
    }
    List<BenchTarget> targets = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      String reference = models.get(i);
      ModelRef ref;
      ChatProvider provider;
      try {
        ref = ModelRef.parse(reference);
        provider = registry.create(ref);
      } catch (ProviderException | IllegalArgumentException e) {
        throw new BadInputException("--model '" + reference + "': " + e.getMessage());
      }
      providers.add(provider);
      boolean simulated = ref.scheme().equals("sim");
      String metrics =
          simulated
              ? sims.server(ref.model()).map(s -> s.baseUri() + "/metrics").orElse("")
              : metricsUrls.isEmpty() ? "" : metricsUrls.get(metricsUrls.size() == 1 ? 0 : i);
      if (targets.stream().anyMatch(t -> t.key().equals(reference))) {
        throw new BadInputException("--model '" + reference + "' is given twice");
      }
      targets.add(new BenchTarget(new Target(reference, provider), reference, simulated, metrics));
    }
    return targets;
  }

  private Limits limits() {
    if (requests != null && requests < 1) {
      throw new BadInputException("--requests: expected a count of 1 or more, got " + requests);
    }
    if (duration != null && duration.isZero()) {
      throw new BadInputException("--duration: expected a positive duration such as 60s, got 0");
    }
    Duration measured = duration != null ? duration : requests != null ? Duration.ZERO : Duration.ofSeconds(60);
    try {
      return new Limits(requests == null ? 0 : requests, measured, warmup, cooldown, drain);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("invalid limits: " + e.getMessage()
          + (e.getMessage().contains("cooldown") ? " (--cooldown needs --duration)" : ""));
    }
  }

  private LoadPlan plan() {
    if (!concurrency.isEmpty() && !rates.isEmpty()) {
      throw new BadInputException("give either --concurrency (closed loop) or --rate (open loop), not both");
    }
    for (int c : concurrency) {
      if (c < 1) {
        throw new BadInputException(
            "--concurrency: expected whole numbers of 1 or more, e.g. 1,8,64; got " + c);
      }
    }
    for (double r : rates) {
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new BadInputException(
            "--rate: expected positive requests per second, e.g. 5,10,20; got " + r);
      }
    }
    String kind = arrival.strip().toLowerCase(Locale.ROOT);
    if (!List.of("constant", "poisson", "gamma").contains(kind)) {
      throw new BadInputException("--arrival: expected constant, poisson or gamma, got '" + arrival + "'");
    }
    double k = burstiness == null ? 1 : burstiness;
    if (!(k > 0) || Double.isInfinite(k)) {
      throw new BadInputException("--burstiness: expected a positive number, got " + burstiness);
    }
    if (burstiness != null && !kind.equals("gamma")) {
      throw new BadInputException("--burstiness needs --arrival gamma");
    }
    if (maxConcurrency < 0 || (maxConcurrency > 0 && rates.isEmpty())) {
      throw new BadInputException("--max-concurrency: expected a count of 1 or more, with --rate");
    }
    if (findMax) {
      return findMaxPlan(kind, k);
    }
    List<LoadModel> levels = new ArrayList<>();
    if (rates.isEmpty()) {
      (concurrency.isEmpty() ? List.of(1) : concurrency)
          .forEach(c -> levels.add(new LoadModel.Closed(c)));
    } else {
      for (double r : rates) {
        ArrivalProcess process = switch (kind) {
          case "constant" -> new ArrivalProcess.Constant(r);
          case "gamma" -> new ArrivalProcess.Gamma(r, k);
          default -> new ArrivalProcess.Poisson(r);
        };
        levels.add(new LoadModel.Open(process, maxConcurrency));
      }
    }
    return new LoadPlan.Levels(levels,
        interleave ? Comparison.Order.INTERLEAVED : Comparison.Order.SEQUENTIAL);
  }

  private LoadPlan findMaxPlan(String kind, double k) {
    if (interleave) {
      throw new BadInputException("--interleave applies to level lists, not to --find-max");
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new BadInputException("--max-error-rate: expected a fraction in [0, 1], e.g. 0.01; got " + maxErrorRate);
    }
    if (!(minGoodput >= 0 && minGoodput <= 100)) {
      throw new BadInputException("--min-goodput: expected a percentage in [0, 100], got " + minGoodput);
    }
    SaturationCriteria criteria = new SaturationCriteria(minGoodput, maxErrorRate, 12);
    SearchAxis axis;
    if (!rates.isEmpty()) {
      if (kind.equals("constant") || maxConcurrency > 0) {
        throw new BadInputException("--find-max with --rate searches Poisson (or gamma) arrivals"
            + " without --max-concurrency");
      }
      double max = rates.stream().mapToDouble(d -> d).max().orElseThrow();
      double min = rates.size() == 1 ? max / 16 : rates.stream().mapToDouble(d -> d).min().orElseThrow();
      axis = new SearchAxis.Rate(min, max, 0.1, k);
    } else {
      int max = concurrency.isEmpty() ? 256 : concurrency.stream().mapToInt(c -> c).max().orElseThrow();
      int min = concurrency.size() < 2 ? 1 : concurrency.stream().mapToInt(c -> c).min().orElseThrow();
      axis = new SearchAxis.Concurrency(min, max);
    }
    return new LoadPlan.FindMax(axis, criteria);
  }
}
