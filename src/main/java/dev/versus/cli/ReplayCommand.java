package dev.versus.cli;

import dev.versus.core.NanoClock;
import dev.versus.eval.EvalException;
import dev.versus.eval.JudgePanel;
import dev.versus.eval.JudgeSettings;
import dev.versus.eval.ResponseCache;
import dev.versus.eval.RetryPolicy;
import dev.versus.gateway.ReplayException;
import dev.versus.gateway.ReplayOutput;
import dev.versus.gateway.ReplayResult;
import dev.versus.gateway.ReplaySettings;
import dev.versus.gateway.ReplaySummary;
import dev.versus.gateway.Replayer;
import dev.versus.provider.ModelRef;
import dev.versus.provider.ProviderException;
import dev.versus.provider.ProviderRegistry;
import dev.versus.sim.SimProviders;
import dev.versus.store.Store;
import dev.versus.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus replay}: A/B testing with production data (replays logged gateway traffic). */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replay logged gateway requests on a candidate model and compare it with production:"
          + " agreement with the logged responses (token F1, with a confidence interval),"
          + " latency (p50/p95, TTFT) and cost on both sides. The result is stored as a run of"
          + " kind 'replay' for 'versus report'.",
      "Needs prompts and responses logged in full (logging.prompts: full, logging.responses:"
          + " full); redacted or blanked logs are skipped and counted."
    })
final class ReplayCommand implements Callable<Integer> {
  private static final Pattern PRICE =
      Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*");

  @Spec CommandSpec spec;

  @Option(names = "--since", required = true, paramLabel = "TIME",
      description = "Start of the window: an ISO-8601 instant (2026-11-26T10:00:00Z), a date,"
          + " or a duration before now (30m, 24h, 7d).")
  String since;

  @Option(names = "--until", defaultValue = "now", paramLabel = "TIME",
      description = "End of the window, same forms (default: ${DEFAULT-VALUE}).")
  String until;

  @Option(names = "--route", required = true, description = "The gateway route to replay.")
  String route;

  @Option(names = "--candidate", required = true, paramLabel = "REF",
      description = "The candidate model: openai:MODEL@BASE_URL, gemini:MODEL or sim:PROFILE.")
  String candidate;

  @Option(names = "--baseline-from-log", defaultValue = "true", fallbackValue = "true",
      description = "Take the baseline (response, latency, TTFT, cost) from the log, as"
          + " production served it. This is the only baseline so far (default: ${DEFAULT-VALUE}).")
  boolean baselineFromLog;

  @Option(names = "--limit", defaultValue = "1000",
      description = "At most this many logged requests, oldest first (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--concurrency", defaultValue = "4",
      description = "Candidate calls in flight at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--threshold", defaultValue = "0.5",
      description = "Token F1 against the logged response that counts as agreement"
          + " (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--language", defaultValue = "en",
      description = "Language of the traffic for token normalisation: en, es, ..."
          + " (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--price", paramLabel = "IN/OUT",
      description = "Candidate price in USD per million input/output tokens, e.g. 0.27/0.85.")
  String price;

  @Option(names = "--judge", paramLabel = "REF",
      description = "Also have this judge model grade each candidate response against the"
          + " logged one: openai:MODEL@BASE_URL, gemini:MODEL or sim:PROFILE.")
  String judge;

  @Option(names = "--rubric", paramLabel = "TEXT",
      description = "The judge's rubric (default: as good an answer as the logged response).")
  String rubric;

  @Option(names = "--store", paramLabel = "LOC",
      description = "The store: sqlite:PATH or jdbc:postgresql://HOST/DB (default: VERSUS_STORE"
          + " or the user's data folder).")
  String store;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write summary.json and cases.jsonl into this folder.")
  Path out;

  @Option(names = "--title", defaultValue = "", description = "A title for the stored run.")
  String title;

  @Option(names = "--seed", defaultValue = "0",
      description = "Seed for simulated candidates and the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  private final Clock clock;

  ReplayCommand() {
    this(Clock.systemUTC());
  }

  ReplayCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (!baselineFromLog) {
      throw new BadInputException("--baseline-from-log=false: replaying a live baseline is not"
          + " supported yet; the baseline is the logged traffic");
    }
    Instant now = clock.instant();
    Instant from = TimeArgument.parse("--since", since, now);
    Instant to = TimeArgument.parse("--until", until, now);
    if (!to.isAfter(from)) {
      throw new BadInputException("--until (" + to + ") must be after --since (" + from + ")");
    }
    double[] prices = prices();
    ReplaySettings settings;
    try {
      settings = new ReplaySettings(from, to, route, candidate, limit, concurrency, threshold,
          language, prices[0], prices[1], title, seed);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (rubric != null && judge == null) {
      throw new BadInputException("--rubric needs --judge REF (the judge model that grades by it)");
    }
    ProviderRegistry registry = ProviderRegistry.withSystemEnv();
    // a simulated judge grades the judge prompts; a simulated candidate answers with filler
    SimProviders sims = SimProviders.create(seed, SimAnswers.judgeOnly()).installInto(registry);
    JudgePanel judges = JudgePanel.create(JudgeSettings.defaults().withJudge(
        judge == null ? "" : judge), registry::create, RetryPolicy.defaults(), seed);
    try (sims; judges; Store opened = openStore()) {
      Replayer replayer = new Replayer(opened, registry, clock, NanoClock.system());
      if (judge != null) {
        openJudge(judges);
        replayer = replayer.withJudge(judges.judge(ResponseCache.none()),
            rubric == null ? "" : rubric);
      }
      ReplayResult result = replayer.run(settings);
      if (out != null) {
        ReplayOutput.write(out, result);
      }
      print(result.summary());
      return 0;
    } catch (ReplayException | ProviderException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private void openJudge(JudgePanel judges) {
    try {
      ModelRef.parse(judge);
      judges.open(judge);
    } catch (EvalException | IllegalArgumentException e) {
      throw new BadInputException("--judge: " + e.getMessage());
    }
  }

  private Store openStore() {
    try {
      return Optional.ofNullable(store).map(Store::open).orElseGet(Store::openDefault);
    } catch (StoreException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private double[] prices() {
    if (price == null) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Matcher m = PRICE.matcher(price);
    if (!m.matches()) {
      throw new BadInputException("--price: '" + price + "' is not IN/OUT in USD per million"
          + " tokens, e.g. 0.27/0.85");
    }
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  private void print(ReplaySummary s) {
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "versus replay: run %s%s%n", s.runId(),
        s.simulated() ? " (candidate SIMULATED)" : "");
    w.printf(Locale.ROOT, "  route %s, candidate %s: %d of %d logged requests replayed%n",
        s.route(), s.candidate(), s.replayed(), s.selected());
    if (!s.skipped().isEmpty()) {
      w.printf(Locale.ROOT, "  skipped %s (replay needs prompts and responses logged in full)%n",
          s.skipped());
    }
    w.printf(Locale.ROOT, "  agreement (token F1 >= %.2f): %.1f%% [%.1f%%, %.1f%%] 95%% CI;"
            + " mean token F1 %.3f; exact matches %.1f%%%n",
        s.agreementThreshold(), 100 * s.agreement().estimate(), 100 * s.agreement().low(),
        100 * s.agreement().high(), s.tokenF1().estimate(), 100 * s.exactMatchRate());
    if (s.judge().computed()) {
      w.printf(Locale.ROOT, "  judge %s: passed %.1f%% [%.1f%%, %.1f%%] 95%% CI of %d graded;"
              + " mean score %.3f; judge errors %d%n",
          s.judge().model(), 100 * s.judge().passRate().estimate(),
          100 * s.judge().passRate().low(), 100 * s.judge().passRate().high(),
          s.judge().graded(), s.judge().meanScore().estimate(), s.judge().errors());
    }
    if (!s.candidateErrors().isEmpty()) {
      w.printf(Locale.ROOT, "  candidate errors: %s%n", s.candidateErrors());
    }
    w.printf(Locale.ROOT, "  latency p50/p95 ms: logged %.1f/%.1f, candidate %.1f/%.1f%n",
        s.loggedLatency().p50Millis(), s.loggedLatency().p95Millis(),
        s.candidateLatency().p50Millis(), s.candidateLatency().p95Millis());
    w.printf(Locale.ROOT, "  TTFT p50/p95 ms:    logged %.1f/%.1f, candidate %.1f/%.1f%n",
        s.loggedTtft().p50Millis(), s.loggedTtft().p95Millis(),
        s.candidateTtft().p50Millis(), s.candidateTtft().p95Millis());
    w.printf(Locale.ROOT, "  cost USD: logged %.6f (%d known), candidate %s%n",
        s.loggedCostUsd(), s.loggedCostKnown(), Double.isNaN(s.candidateCostUsd())
            ? "unknown (give --price IN/OUT)"
            : String.format(Locale.ROOT, "%.6f", s.candidateCostUsd()));
    if (out != null) {
      w.printf(Locale.ROOT, "  wrote %s and %s%n", out.resolve("summary.json"),
          out.resolve("cases.jsonl"));
    }
    w.flush();
  }
}
