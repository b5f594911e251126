package dev.versus.cli;

import dev.versus.load.BenchConfig;
import dev.versus.load.BenchObserver;
import dev.versus.load.BenchReport;
import dev.versus.load.BenchRun;
import dev.versus.load.BenchSetup;
import dev.versus.load.BenchTarget;
import dev.versus.load.Delivery;
import dev.versus.load.Environment;
import dev.versus.load.Limits;
import dev.versus.load.LoadModel;
import dev.versus.load.LoadPlan;
import dev.versus.load.Preflight;
import dev.versus.load.LoadException;
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
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
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
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "REF",
      description = "Model reference: openai:MODEL@BASE_URL, gemini:MODEL or sim:PROFILE."
          + " Repeat to compare models on the same workload.")
  List<String> models = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: versus-bench/RUN_ID); its records.jsonl is replaced.")
  Path out;

  @Option(names = "--metrics-url", paramLabel = "URL",
      description = "Prometheus endpoint of the server (vLLM names) to scrape during the run; once"
          + " for every non-simulated model, or once per --model in order. Automatic for sim:.")
  List<String> metricsUrls = new ArrayList<>();

  @Option(names = "--no-stream",
      description = "Ask for whole (non-streamed) responses: TTFT then equals E2E, no ITL or TPOT."
          + " Default: streamed.")
  boolean noStream;

  @Option(names = "--no-progress", description = "No progress line.")
  boolean noProgress;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Mixin LoadOptions load;

  @Mixin LimitOptions limitOptions;

  @Mixin WorkloadOptions workload;

  @Mixin StoreOptions storeOptions;

  @Mixin ShardOptions shardOptions;

  @Override
  public Integer call() throws InterruptedException {
    shardOptions.validate();
    Limits limits = limitOptions.limits();
    LoadPlan plan = load.plan();
    Slo objectives = load.slo();
    Workload prompts = workload.workload();
    Clock clock = Clock.systemUTC();
    String runId = shardOptions.runId().orElseGet(() -> RunIds.next(clock, new SplittableRandom()));
    if (!RUN_ID.matcher(runId).matches()) {
      throw new BadInputException(
          "--run-id: expected 1..64 characters of [A-Za-z0-9._:-], got '" + runId + "'");
    }
    Path outDir = out != null ? out
        : shardOptions.sharded() ? Path.of("versus-bench", runId, "shard-" + shardOptions.shard().index())
        : Path.of("versus-bench", runId);
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
                : new LoadModel.Closed(1), limits, objectives, shardOptions.shard(), workload.seed),
            prompts, workload.describe(), outDir, limitOptions.levelPause);
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
    BenchRun run;
    try {
      Instant start = shardOptions.start(clock);
      Duration late = Duration.between(start, clock.instant());
      if (shardOptions.sharded() && late.toMillis() > 100) {
        stderr.printf(Locale.ROOT, "warning: the common start %s passed %.1f s ago; this shard"
            + " sends its overdue requests at once (versus merge shows its send delay)%n", start,
            late.toMillis() / 1000.0);
      }
      run = shardOptions.sharded()
          ? BenchRun.createShard(setup, runId, start, store,
              Environment.system(), clock, observer)
          : BenchRun.create(setup, runId, store, Environment.system(), clock, observer);
    } catch (LoadException e) {
      throw new BadInputException(e.getMessage());
    }
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
    stdout.println("run id:  " + report.runId() + " (" + report.status().wireName() + ")"
        + (shardOptions.sharded() ? ", shard " + shardOptions.shard().index() + "/"
            + shardOptions.shard().count() + ": merge with versus merge " + report.runId() : ""));
    stdout.flush();
    return report.status() == RunStatus.INTERRUPTED ? 130 : 0;
  }

  private List<BenchTarget> targets(
      ProviderRegistry registry, SimProviders sims, List<ChatProvider> providers) {
    if (metricsUrls.size() > 1 && metricsUrls.size() != models.size()) {
      throw new BadInputException("--metrics-url: give it once (for every non-simulated model) or"
          + " once per --model (" + models.size() + "), got " + metricsUrls.size());
    }
    for (String url : metricsUrls) {
      if (!isHttpUrl(url)) {
        throw new BadInputException("--metrics-url: expected http://HOST[:PORT]/metrics, got '"
            + url + "'");
      }
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
      targets.add(new BenchTarget(new Target(reference, provider,
          noStream ? Delivery.WHOLE : Delivery.STREAMED), reference, simulated, metrics));
    }
    return targets;
  }


  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
