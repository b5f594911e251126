package dev.versus.serve;

import dev.versus.core.ErrorClass;
import dev.versus.report.Claim;
import dev.versus.report.ClaimVerdict;
import dev.versus.report.CostEstimate;
import dev.versus.report.Distribution;
import dev.versus.report.EndpointKind;
import dev.versus.report.Evidence;
import dev.versus.report.LatencyMetric;
import dev.versus.report.LevelResult;
import dev.versus.report.LoadLevel;
import dev.versus.report.ModelInfo;
import dev.versus.report.Performance;
import dev.versus.report.Price;
import dev.versus.report.Quality;
import dev.versus.report.ReportModel;
import dev.versus.report.SuiteScore;
import dev.versus.report.ThresholdCheck;
import dev.versus.report.TokenSource;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A temporary SQLite store seeded with runs, and a report source over them in the style of the
 * report package's {@code SampleReports}: invented figures with a queueing shape, for tests only.
 *
 * <p>Runs: {@code bench-flash} (simulated) and {@code bench-maverick} (real) have reports and fit
 * one combined report; {@code bench-maverick-2} has a report that does not combine with {@code
 * bench-maverick}; {@code eval-running} has no summary yet; {@code boom} makes the source fail.
 */
final class DashboardFixtures {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  static final String FLASH = "bench-flash";
  static final String MAVERICK = "bench-maverick";
  static final String MAVERICK_AGAIN = "bench-maverick-2";
  static final String RUNNING = "eval-running";
  static final String BOOM = "boom";
  /** Every seeded run id, newest first. */
  static final List<String> NEWEST_FIRST =
      List.of(BOOM, RUNNING, MAVERICK_AGAIN, MAVERICK, FLASH);

  private DashboardFixtures() {}

  /** A dashboard on a free loopback port over a seeded store; closing it stops both. */
  record Running(Store store, Dashboard dashboard) implements AutoCloseable {
    static Running start(Path dir) {
      Store store = seededStore(dir);
      return new Running(store, Dashboard.start(DashboardConfig.defaults().withPort(0),
          store.runs(), DashboardFixtures::report));
    }

    @Override
    public void close() {
      try {
        dashboard.close();
      } finally {
        store.close();
      }
    }
  }

  /** A new store in {@code dir} with the five runs. */
  static Store seededStore(Path dir) {
    Store store = Store.open(dir.resolve("versus.db").toString());
    finished(store, FLASH, "bench", "Gemini 2.5 Flash sweep", 0, true);
    finished(store, MAVERICK, "bench", "Llama 4 Maverick sweep", 10, false);
    finished(store, MAVERICK_AGAIN, "bench", "Llama 4 Maverick again", 20, false);
    store.runs().create(RunInfo.started(RUNNING, "eval", "Spanish NLU (in progress)",
        T0.plusSeconds(30 * 60), "{\"suites\":[\"nlu-es\"]}", true));
    finished(store, BOOM, "replay", "", 40, false);
    return store;
  }

  private static void finished(Store store, String id, String kind, String title, int minutes,
      boolean simulated) {
    Instant start = T0.plusSeconds(minutes * 60L);
    store.runs().create(RunInfo.started(id, kind, title, start, "{\"seed\":7}", simulated));
    store.runs().updateSummary(id, "{\"levels\":3,\"note\":\"fixture <b>summary</b>\"}");
    store.runs().finish(id, RunStatus.COMPLETED, start.plusSeconds(187));
  }

  /** The fixture's report source. */
  static ReportOutcome report(List<String> runIds) {
    if (runIds.contains(BOOM)) {
      throw new IllegalStateException("fixture failure for run boom");
    }
    if (runIds.contains(RUNNING)) {
      return new ReportOutcome.Unavailable("run '" + RUNNING + "' has no summary yet.");
    }
    if (runIds.contains(MAVERICK) && runIds.contains(MAVERICK_AGAIN)) {
      return new ReportOutcome.Unavailable("both runs measured model 'maverick'");
    }
    List<ModelInfo> models = new ArrayList<>();
    List<LevelResult> levels = new ArrayList<>();
    List<SuiteScore> scores = new ArrayList<>();
    List<CostEstimate> costs = new ArrayList<>();
    for (String id : runIds) {
      boolean flash = id.equals(FLASH);
      String key = flash ? "flash" : "maverick";
      models.add(flash
          ? new ModelInfo(key, "Gemini 2.5 Flash", "sim:gemini-2.5-flash", "sim", EndpointKind.SIMULATED,
              new Price.PerMillionTokens(0.30, 2.50))
          : new ModelInfo(key, "Llama 4 Maverick",
              "openai:meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8@http://127.0.0.1:8000/v1",
              "openai", EndpointKind.REAL,
              new Price.PerMillionTokens(0.27, 0.85)));
      for (int c : new int[] {1, 8, 32, 64}) {
        levels.add(level(key, c, flash ? 180 : 660, flash ? 4.5 : 9.0));
      }
      scores.add(new SuiteScore(key, "nlu-es", "macro_f1", true, flash ? 0.77 : 0.84,
          flash ? 0.72 : 0.80, flash ? 0.82 : 0.88, 0.95, 300, 0, 0.04));
      costs.add(new CostEstimate.ApiPrice(key, 512, 256, TokenSource.SERVER_REPORTED,
          flash ? new Price.PerMillionTokens(0.30, 2.50) : new Price.PerMillionTokens(0.27, 0.85)));
    }
    String title = runIds.size() == 1 ? models.get(0).label() + " sweep"
        : models.get(0).label() + " vs " + models.get(1).label();
    return new ReportOutcome.Ready(new ReportModel(title, T0.plusSeconds(3600), runIds, "es",
        models, new Performance("ttft p99 <= 1000 ms", 60, 10, levels, List.of()),
        new Quality(scores, List.of(), List.of()), costs, claims(models), List.of(
            new ThresholdCheck("t1", "ttft p99 at c=8 <= 1000 ms", 743, 1000, "ms", true))));
  }

  private static List<Claim> claims(List<ModelInfo> models) {
    EndpointKind endpoint = models.get(0).endpoint();
    String key = models.get(0).key();
    return List.of(
        new Claim("c1", key + " answers within a second at c=8", key + ".ttft_p99@c=8 < 1000",
            ClaimVerdict.VERIFIED, "", List.of(new Evidence(key + ".ttft_p99@c=8", 743, 700, 790,
                "ms", endpoint, "bench c=8, n=380")), List.of()),
        new Claim("c7", "Crashes above 256 concurrent requests", key + ".errors[backend_crash]@c>256 > 0",
            ClaimVerdict.INCONCLUSIVE, "The sweep stopped at c=64.", List.of(),
            List.of("Configured in the simulator profile, not observed on a real service.")));
  }

  private static LevelResult level(String key, int c, double baseTtftMs, double baseItlMs) {
    double pressure = Math.max(1, c / 32.0);
    double ttft = baseTtftMs * (1 + 0.02 * c) * pressure * pressure;
    double itl = baseItlMs * (1 + 0.01 * c) * pressure;
    long requests = 40L * c + 60;
    Map<ErrorClass, Long> errors = new EnumMap<>(ErrorClass.class);
    if (c >= 64) {
      errors.put(ErrorClass.RATE_LIMITED, (long) c / 8);
    }
    long ok = requests - errors.values().stream().mapToLong(Long::longValue).sum();
    Map<LatencyMetric, Distribution> latencies = new EnumMap<>(LatencyMetric.class);
    latencies.put(LatencyMetric.TTFT, dist(ok, ttft));
    latencies.put(LatencyMetric.ITL, dist(ok * 255, itl));
    latencies.put(LatencyMetric.TPOT, dist(ok, itl * 1.05));
    latencies.put(LatencyMetric.E2E, dist(ok, ttft + 255 * itl));
    double tps = 1000 / itl * Math.min(c, 32) * (ok / (double) requests);
    return new LevelResult(key, LoadLevel.concurrency(c), requests, errors, latencies, tps,
        tps * 1.18, ok / 60.0, Math.max(0, 99 - c * 0.5), TokenSource.SERVER_REPORTED, Map.of(),
        List.of());
  }

  private static Distribution dist(long count, double p50) {
    return new Distribution(count, p50, p50 * 1.4, p50 * 1.6, p50 * 2.1, p50 * 2.8, p50 * 1.1,
        p50 * 0.45, p50 * 0.55, p50 * 3.2);
  }
}
