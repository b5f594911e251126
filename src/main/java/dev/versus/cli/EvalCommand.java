package dev.versus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.SamplingParams;
import dev.versus.eval.EvalException;
import dev.versus.eval.EvalModel;
import dev.versus.eval.EvalOutput;
import dev.versus.eval.EvalReport;
import dev.versus.eval.EvalRunner;
import dev.versus.eval.EvalSettings;
import dev.versus.eval.JudgePanel;
import dev.versus.eval.JudgeSettings;
import dev.versus.eval.Price;
import dev.versus.eval.ResponseCache;
import dev.versus.eval.RetryPolicy;
import dev.versus.eval.Scorers;
import dev.versus.eval.StoredResults;
import dev.versus.eval.Suite;
import dev.versus.guard.TextEmbedder;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ModelRef;
import dev.versus.provider.ProviderException;
import dev.versus.provider.ProviderRegistry;
import dev.versus.sim.SimProviders;
import dev.versus.store.RunIds;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import dev.versus.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus eval}: quality and safety of models on suites, with intervals and paired tests. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Run evaluation suites on one or more models: every case on every model, scored, with"
          + " confidence intervals per model and suite and a paired significance test per pair of"
          + " models. Results are stored as a run of kind 'eval'; answers are cached so a rerun"
          + " makes no model calls."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "REF",
      description = "openai:MODEL@BASE_URL, gemini:MODEL or sim:PROFILE; repeat for several.")
  List<String> models = new ArrayList<>();

  @Option(names = "--suite", paramLabel = "NAME|FILE",
      description = "A built-in suite (math-es, nlu-es, consistency, injection, injection-benign,"
          + " math-matrices, long-context) or a suite file (.jsonl, .yaml); repeatable.")
  List<String> suites = new ArrayList<>();

  @Option(names = "--dataset", paramLabel = "FORMAT:PATH",
      description = "A public dataset file: gsm8k, mgsm, squad, xquad, bipia, jsonl, csv,"
          + " promptfoo or suite; repeatable.")
  List<String> datasets = new ArrayList<>();

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
      description = "Use only the first N cases of each suite (0: all).")
  int limit;

  @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
      description = "Ask each case N times, for consistency (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--concurrency", defaultValue = "8", paramLabel = "N",
      description = "Most calls in flight at once, over all models (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write DIR/summary.json and DIR/cases.jsonl.")
  Path out;

  @Option(names = "--store", paramLabel = "LOC",
      description = "Store location: a SQLite file or jdbc:postgresql://... (default: VERSUS_STORE"
          + " or the user's data folder).")
  String store;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
      description = "Seed for simulated models, bootstrap, retry jitter and per-repeat sampling"
          + " seeds (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--price", paramLabel = "MODEL=IN/OUT",
      description = "US dollars per million input/output tokens for a model reference, e.g."
          + " sim:gemini-2.5-flash=0.30/2.50. Without one, cost is reported as unknown.")
  Map<String, String> prices = new LinkedHashMap<>();

  @Option(names = "--no-cache", description = "Neither read nor write the response cache.")
  boolean noCache;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Response cache file (default: eval-cache.jsonl next to the SQLite store).")
  Path cacheFile;

  @Option(names = "--max-attempts", defaultValue = "5", paramLabel = "N",
      description = "Calls per case at most, retries included (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature to send.")
  Double temperature;

  @Option(names = "--max-tokens", paramLabel = "N", description = "Output token limit to send.")
  Integer maxTokens;

  @Option(names = "--context-window", defaultValue = "131072", paramLabel = "TOKENS",
      description = "Longest haystack of the long-context suite, in tokens (default: ${DEFAULT-VALUE}).")
  int contextWindow;

  @Option(names = "--embedding-model", paramLabel = "FILE",
      description = "ONNX sentence-embedding model for the 'similar' scorer (with"
          + " --embedding-tokenizer), e.g. a multilingual one; default: the packaged"
          + " all-MiniLM-L6-v2, which is English-centric.")
  Path embeddingModel;

  @Option(names = "--embedding-tokenizer", paramLabel = "FILE",
      description = "The HuggingFace tokenizer.json of --embedding-model.")
  Path embeddingTokenizer;

  @Option(names = "--judge", paramLabel = "REF",
      description = "Judge model for 'llm-judge' cases that name none: openai:MODEL@BASE_URL,"
          + " gemini:MODEL or sim:PROFILE (a suite file may set 'judge:' instead).")
  String judge;

  @Option(names = "--rubric", paramLabel = "TEXT",
      description = "Rubric for 'llm-judge' cases that give none (default: correct and agrees"
          + " with the reference answer).")
  String rubric;

  @Option(names = "--judge-template", paramLabel = "FILE",
      description = "Judge prompt template with {{rubric}}, {{question}}, {{reference}} and"
          + " {{response}} (default: the built-in one; the simulator only grades that one).")
  Path judgeTemplate;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    checkArguments();
    var err = spec.commandLine().getErr();
    Scorers scorers = Scorers.standard().withEmbedder(embedder()::embed);
    ProviderRegistry registry = ProviderRegistry.withSystemEnv();
    JudgePanel judges = JudgePanel.create(judgeSettings(), registry::create,
        RetryPolicy.defaults().withMaxAttempts(maxAttempts), seed);
    List<Suite> loaded;
    try {
      loaded = EvalSuites.load(suites, datasets, limit,
          scorers.withJudge(judges.judge(ResponseCache.none())), contextWindow, repeat, err);
    } catch (EvalException | IllegalStateException e) {
      throw new BadInputException(e.getMessage());
    }
    Map<String, Price> priceByModel = parsePrices();
    try (SimProviders sims = SimProviders.create(seed, SimAnswers.builtIn()).installInto(registry);
        JudgePanel panel = judges;
        EvalClients clients = EvalClients.create(registry, models);
        Store db = openStore();
        ResponseCache cache = openCache(db)) {
      judgeRefs = openJudges(panel, loaded);
      scorers = scorers.withJudge(panel.judge(cache));
      boolean simulated = models.stream().anyMatch(m -> ModelRef.parse(m).scheme().equals("sim"));
      String runId = RunIds.next(Clock.systemUTC(), new SplittableRandom());
      db.runs().create(RunInfo.started(runId, "eval", "eval " + String.join(" vs ", models),
          Clock.systemUTC().instant(), config(loaded), simulated));
      EvalRunner runner = EvalRunner.create(settings(), scorers, cache, priceByModel)
          .withProgress(new EvalProgressLine(err));
      EvalReport report;
      StoredResults sink = StoredResults.create(db.evalResults(), runId);
      try (RunGuard guard = RunGuard.install(db.runs(), runId, sink::close)) {
        try {
          report = runner.run(clients.list(), loaded, sink);
          guard.status(RunStatus.COMPLETED);
        } catch (InterruptedException e) {
          guard.status(RunStatus.INTERRUPTED);
          throw e;
        } finally {
          sink.close();
        }
      }
      db.runs().updateSummary(runId, EvalOutput.summaryJson(report, runId, simulated));
      if (out != null) {
        EvalOutput.write(report, runId, simulated, out);
      }
      EvalTable.print(report, runId, simulated, spec.commandLine().getOut());
      return unreachable(report, err) ? ErrorHandler.FAILED : 0;
    }
  }

  /** Says which models never answered because their endpoint could not be reached. */
  private static boolean unreachable(EvalReport report, java.io.PrintWriter err) {
    boolean any = false;
    for (String model : report.models()) {
      var results = report.results().stream().filter(r -> r.modelKey().equals(model)).toList();
      if (!results.isEmpty() && results.stream().allMatch(r -> r.errorClass().equals("connect"))) {
        err.println("versus: model " + model + " could not be reached: "
            + results.getFirst().errorMessage());
        any = true;
      }
    }
    return any;
  }

  private void checkArguments() {
    if (suites.isEmpty() && datasets.isEmpty()) {
      throw new BadInputException("give at least one --suite or --dataset");
    }
    if (repeat < 1 || concurrency < 1 || limit < 0 || maxAttempts < 1 || contextWindow < 1_256) {
      throw new BadInputException("--repeat, --concurrency and --max-attempts must be 1 or more,"
          + " --limit 0 or more and --context-window at least 1256");
    }
  }

  /** The guard's in-process embedding model; loaded only when a 'similar' case is scored. */
  private TextEmbedder embedder() {
    if ((embeddingModel == null) != (embeddingTokenizer == null)) {
      throw new BadInputException("--embedding-model and --embedding-tokenizer go together");
    }
    if (embeddingModel == null) {
      return TextEmbedder.packaged();
    }
    for (Path file : List.of(embeddingModel, embeddingTokenizer)) {
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new BadInputException(file + ": file not found (embedding model)");
      }
    }
    return TextEmbedder.onnx(embeddingModel, embeddingTokenizer);
  }

  /** The judge models the suites use, named in the run's config; set once suites are loaded. */
  private java.util.Set<String> judgeRefs = java.util.Set.of();

  private JudgeSettings judgeSettings() {
    JudgeSettings s = JudgeSettings.defaults();
    try {
      if (judge != null) {
        ModelRef.parse(judge);
        s = s.withJudge(judge);
      }
      if (rubric != null) {
        s = s.withRubric(rubric);
      }
      if (judgeTemplate != null) {
        s = s.withTemplate(java.nio.file.Files.readString(judgeTemplate));
      }
      return s;
    } catch (java.io.IOException e) {
      throw new BadInputException(judgeTemplate + ": cannot read the judge template: "
          + e.getMessage());
    } catch (EvalException | IllegalArgumentException | ProviderException e) {
      throw new BadInputException((judge != null && !(e instanceof EvalException)
          ? "--judge: " : "") + e.getMessage());
    }
  }

  private static java.util.Set<String> openJudges(JudgePanel panel, List<Suite> loaded) {
    try {
      return panel.open(loaded);
    } catch (EvalException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private EvalSettings settings() {
    SamplingParams sampling = SamplingParams.defaults();
    if (temperature != null) {
      sampling = sampling.withTemperature(temperature);
    }
    if (maxTokens != null) {
      sampling = sampling.withMaxTokens(maxTokens);
    }
    return EvalSettings.defaults().withRepeats(repeat).withConcurrency(concurrency)
        .withSampling(sampling).withRetry(RetryPolicy.defaults().withMaxAttempts(maxAttempts))
        .withSeed(seed);
  }

  private Map<String, Price> parsePrices() {
    Map<String, Price> out = new LinkedHashMap<>();
    prices.forEach((model, text) -> {
      if (!models.contains(model)) {
        throw new BadInputException("--price names '" + model + "', which is not a --model (one of "
            + String.join(", ", models) + ")");
      }
      try {
        out.put(model, Price.parse(text));
      } catch (EvalException e) {
        throw new BadInputException("--price " + model + ": " + e.getMessage());
      }
    });
    return out;
  }

  private Store openStore() {
    try {
      return store == null ? Store.openDefault() : Store.open(store);
    } catch (StoreException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private ResponseCache openCache(Store db) {
    if (noCache) {
      return ResponseCache.none();
    }
    Path file = cacheFile != null
        ? cacheFile
        : db.location().sqliteFile().map(f -> f.resolveSibling("eval-cache.jsonl"))
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".local", "share", "versus",
                "eval-cache.jsonl"));
    try {
      return ResponseCache.open(file);
    } catch (EvalException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private String config(List<Suite> loaded) {
    ObjectNode n = new ObjectMapper().createObjectNode();
    models.forEach(n.putArray("models")::add);
    var suiteList = n.putArray("suites");
    loaded.forEach(s -> suiteList.addObject().put("name", s.name()).put("cases", s.size()));
    n.put("repeat", repeat).put("concurrency", concurrency).put("seed", seed).put("limit", limit)
        .put("cache", !noCache).put("max_attempts", maxAttempts);
    if (!judgeRefs.isEmpty()) {
      ObjectNode j = n.putObject("judge");
      judgeRefs.forEach(j.putArray("models")::add);
      j.put("default_rubric", judgeSettings().defaultRubric());
      j.put("template", judgeTemplate == null ? "built-in" : judgeTemplate.toString());
    }
    ObjectNode priceNode = n.putObject("prices");
    prices.forEach(priceNode::put);
    return n.toString();
  }
}
