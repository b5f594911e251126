package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.NanoClock;
import dev.versus.core.Usage;
import dev.versus.eval.EvalCase;
import dev.versus.eval.Judge;
import dev.versus.eval.Score;
import dev.versus.eval.Scorer;
import dev.versus.eval.ScorerOptions;
import dev.versus.eval.Scorers;
import dev.versus.eval.TextEmbedder;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderRegistry;
import dev.versus.store.EvalResultRow;
import dev.versus.store.GatewayLogQuery;
import dev.versus.store.GatewayLogRow;
import dev.versus.store.RunIds;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * A/B testing with production data (DESIGN §8): replays logged gateway requests on a candidate
 * model, scores each candidate response against the logged one (token F1 and normalised exact
 * match, plus embedding similarity when {@link #withEmbedder} gave a model), compares latency and
 * cost, and stores the result as a run of kind {@code replay} with one eval result per request
 * (model key {@code candidate}, suite {@code replay}) and the summary JSON, so {@code versus
 * report} can render it.
 *
 * <p>The baseline is the log itself: the production response, latency, TTFT and cost as logged.
 * Production latency includes the gateway and production load; the candidate's is measured here,
 * one request per slot at the given concurrency, so compare them with that in mind.
 *
 * <p>Replay needs prompts and responses logged in full ({@code logging.prompts: full},
 * {@code logging.responses: full}); redacted or blanked rows are skipped and counted, and when no
 * row is usable it fails with a {@link ReplayException} that says so.
 */
public final class Replayer {
  /** The suite name of the stored eval results. */
  public static final String SUITE = "replay";
  /** The model key of the stored eval results. */
  public static final String MODEL_KEY = "candidate";
  /** The judge's rubric unless one is given: the logged response is the reference. */
  public static final String DEFAULT_RUBRIC = "The response is as good an answer to the question"
      + " as the reference (the response production gave): the same facts and conclusion, with"
      + " nothing wrong added; wording, style and length may differ.";

  private final Store store;
  private final ProviderRegistry registry;
  private final Clock clock;
  private final NanoClock nanoClock;
  private final Optional<TextEmbedder> embedder;
  private final Optional<Judge> judge;
  private final String rubric;

  public Replayer(Store store, ProviderRegistry registry, Clock clock, NanoClock nanoClock) {
    this(store, registry, clock, nanoClock, Optional.empty(), Optional.empty(), DEFAULT_RUBRIC);
  }

  private Replayer(Store store, ProviderRegistry registry, Clock clock, NanoClock nanoClock,
      Optional<TextEmbedder> embedder, Optional<Judge> judge, String rubric) {
    this.store = Objects.requireNonNull(store, "store");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.embedder = embedder;
    this.judge = judge;
    this.rubric = Objects.requireNonNull(rubric, "rubric");
  }

  /**
   * A replayer that also scores embedding similarity to the logged responses (the eval {@code
   * similar} scorer) with {@code model}, e.g. the guard's in-process embedding model.
   */
  public Replayer withEmbedder(TextEmbedder model) {
    return new Replayer(store, registry, clock, nanoClock,
        Optional.of(Objects.requireNonNull(model, "model")), judge, rubric);
  }

  /**
   * A replayer that also has a judge model grade each candidate response against the logged one
   * (the eval {@code llm-judge} scorer, e.g. from {@link dev.versus.eval.JudgePanel}), by {@code
   * judgeRubric} (blank: {@link #DEFAULT_RUBRIC}).
   */
  public Replayer withJudge(Judge newJudge, String judgeRubric) {
    return new Replayer(store, registry, clock, nanoClock, embedder,
        Optional.of(Objects.requireNonNull(newJudge, "judge")),
        judgeRubric.isBlank() ? DEFAULT_RUBRIC : judgeRubric);
  }

  /**
   * Replays the window and stores the run.
   *
   * @throws ReplayException when the window holds no usable logged request
   */
  public ReplayResult run(ReplaySettings settings) {
    GatewayLogQuery query = GatewayLogQuery.between(settings.from(), settings.to())
        .route(settings.route()).limit(settings.limit());
    List<GatewayLogRow> rows = store.gatewayLogs().list(query);
    Map<String, Integer> skipped = new LinkedHashMap<>();
    List<Usable> usable = new ArrayList<>();
    for (GatewayLogRow row : rows) {
      classify(row, skipped).ifPresent(usable::add);
    }
    if (usable.isEmpty()) {
      throw new ReplayException(nothingToReplay(settings, rows.size(), skipped));
    }
    try (ChatProvider candidate = registry.create(settings.candidate())) {
      String runId = RunIds.next(clock, new SplittableRandom(settings.seed() ^ clock.millis()));
      boolean simulated = settings.candidate().strip().startsWith("sim:");
      store.runs().create(RunInfo.started(runId, "replay", title(settings), clock.instant(),
          ReplayJson.config(settings), simulated));
      try {
        List<ReplayCase> cases = replayAll(candidate, usable, settings);
        store.evalResults().append(cases.stream().map(c -> evalRow(runId, c)).toList());
        ReplaySummary summary = ReplayStats.summarise(runId, settings, rows.size(), skipped,
            cases, simulated, judge.isPresent() ? rubric : "");
        store.runs().updateSummary(runId, ReplayJson.summary(summary));
        store.runs().finish(runId, RunStatus.COMPLETED, clock.instant());
        return new ReplayResult(summary, cases);
      } catch (RuntimeException e) {
        store.runs().finish(runId, RunStatus.FAILED, clock.instant());
        throw e;
      }
    }
  }

  private record Usable(GatewayLogRow row, LoggedPrompt prompt) {}

  private static Optional<Usable> classify(GatewayLogRow row,
      Map<String, Integer> skipped) {
    String reason;
    if (row.redacted()) {
      reason = "redacted";
    } else if (row.prompt().isBlank()) {
      reason = "prompt-off";
    } else if (row.httpStatus() < 200 || row.httpStatus() > 299 || row.response().isBlank()) {
      reason = "no-logged-response";
    } else {
      var prompt = LoggedPrompt.parse(row.prompt());
      if (prompt.isPresent()) {
        return Optional.of(new Usable(row, prompt.get()));
      }
      reason = "unparseable-prompt";
    }
    skipped.merge(reason, 1, Integer::sum);
    return Optional.empty();
  }

  private List<ReplayCase> replayAll(ChatProvider candidate, List<Usable> usable,
      ReplaySettings settings) {
    Scorers scorers = embedder.map(Scorers.standard()::withEmbedder).orElse(Scorers.standard());
    Scorer f1 = scorers.require("token-f1");
    Scorer normalized = scorers.require("normalized");
    Optional<Scorer> similar = scorers.find("similar");
    Optional<Scorer> judged = judge.map(j -> scorers.withJudge(j).require("llm-judge"));
    Semaphore slots = new Semaphore(settings.concurrency());
    List<Future<ReplayCase>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Usable u : usable) {
        futures.add(pool.submit(() -> {
          slots.acquire();
          try {
            return replayOne(candidate, u, settings, f1, normalized, similar, judged);
          } finally {
            slots.release();
          }
        }));
      }
      List<ReplayCase> cases = new ArrayList<>();
      for (Future<ReplayCase> f : futures) {
        cases.add(f.get());
      }
      return cases;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReplayException("replay interrupted");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  private ReplayCase replayOne(ChatProvider candidate, Usable u, ReplaySettings settings,
      Scorer f1, Scorer normalized, Optional<Scorer> similar, Optional<Scorer> judged) {
    GatewayLogRow row = u.row();
    ChatRequest request = new ChatRequest(candidate.model(), u.prompt().messages(),
        u.prompt().sampling());
    ReplayCall call = ReplayCall.run(candidate, request, nanoClock);
    CallOutcome outcome = call.outcome();
    EvalCase evalCase = EvalCase.ofPrompt(row.requestId(), row.prompt(),
        List.of(row.response()), "token-f1",
        ScorerOptions.of(Map.of("threshold", settings.agreementThreshold())),
        settings.language());
    Score score = f1.score(outcome.content(), evalCase);
    boolean exact = normalized.score(outcome.content(), evalCase.withScorer("normalized",
        ScorerOptions.empty())).passed();
    double similarity = similar.map(scorer -> scorer.score(outcome.content(),
        evalCase.withScorer("similar", ScorerOptions.empty())).value()).orElse(Double.NaN);
    String errorClass = "";
    String errorMessage = "";
    ReplayJudgement judgement = ReplayJudgement.none();
    if (judged.isPresent() && outcome instanceof CallOutcome.Completed) {
      EvalCase judgeCase = new EvalCase(row.requestId(), u.prompt().messages(), Map.of(),
          List.of(row.response()), "llm-judge", ScorerOptions.of(Map.of("rubric", rubric)),
          settings.language(), List.of(), Map.of());
      judgement = ReplayJudgement.of(judged.get().score(outcome.content(), judgeCase));
    }
    if (outcome instanceof CallOutcome.Failed failed) {
      errorClass = failed.error().errorClass().wireName();
      errorMessage = failed.error().message();
    }
    Usage usage = outcome.usage();
    int promptTokens = usage.present() ? usage.promptTokens() : -1;
    int outputTokens = usage.present() ? usage.outputTokens() : -1;
    double cost = settings.priced() && usage.present()
        ? (promptTokens * settings.inputPerMillion() + outputTokens * settings.outputPerMillion())
            / 1_000_000.0
        : Double.NaN;
    return new ReplayCase(row.requestId(), row.backend(), row.prompt(), row.response(),
        outcome.content(), score.value(), exact, errorClass.isEmpty() && score.passed(),
        similarity,
        row.ttftNanos(), row.latencyNanos(), call.ttftNanos(), call.latencyNanos(),
        row.costUsd(), promptTokens, outputTokens, cost, errorClass, errorMessage, judgement);
  }

  private static EvalResultRow evalRow(String runId, ReplayCase c) {
    return new EvalResultRow(runId, SUITE, c.requestId(), MODEL_KEY, 0, "token-f1", c.prompt(),
        c.loggedResponse(), c.candidateResponse(), "", c.tokenF1(), c.agreed(),
        ReplayJson.details(c), c.candidateLatencyNanos(), c.candidatePromptTokens(),
        c.candidateOutputTokens(), c.candidateCostUsd(), false, c.errorClass(),
        c.errorMessage());
  }

  private static String title(ReplaySettings settings) {
    return settings.title().isBlank()
        ? "replay of route " + settings.route() + " on " + settings.candidate()
        : settings.title();
  }

  private static String nothingToReplay(ReplaySettings s, int selected,
      Map<String, Integer> skipped) {
    String window = "on route '" + s.route() + "' between " + s.from() + " and " + s.to();
    if (selected == 0) {
      return "no gateway logs " + window + " in the store; check --route, --since and --until";
    }
    StringBuilder why = new StringBuilder("none of the " + selected + " gateway logs " + window
        + " can be replayed:");
    skipped.forEach((reason, count) -> why.append(' ').append(count).append(' ').append(
        switch (reason) {
          case "redacted" -> "were redacted";
          case "prompt-off" -> "have no prompt (logging.prompts: off)";
          case "no-logged-response" -> "have no logged response (the request failed, the answer"
              + " was empty, or logging.responses: off)";
          default -> "have a prompt that is not a chat request";
        }).append(';'));
    return why.append(" replay needs prompts and responses logged in full (logging.prompts:"
        + " full, logging.responses: full in the gateway config)").toString();
  }
}
