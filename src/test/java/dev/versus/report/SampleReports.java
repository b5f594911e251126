package dev.versus.report;

import dev.versus.core.ErrorClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic report for renderer tests: Gemini 2.5 Flash (simulated) against Llama 4 Maverick (a
 * real endpoint), a concurrency sweep with a knee, five suites, significance tests with every
 * verdict, list-price and self-hosted costs, and claims with every verdict. The figures follow a
 * simple queueing shape (latency flat, then climbing past saturation) so that charts look like
 * real ones; they are invented for tests, not measured.
 */
final class SampleReports {
  static final Instant GENERATED = Instant.parse("2026-11-26T14:00:00Z");
  static final int[] CONCURRENCY = {1, 8, 32, 64, 128};

  private SampleReports() {}

  static ReportModel flashVersusMaverick() {
    List<ModelInfo> models = List.of(
        new ModelInfo("flash", "Gemini 2.5 Flash", "sim:gemini-2.5-flash", "sim", EndpointKind.SIMULATED,
            new Price.PerMillionTokens(0.30, 2.50)),
        new ModelInfo("maverick", "Llama 4 Maverick",
            "openai:meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8@http://127.0.0.1:8000/v1",
            "openai", EndpointKind.REAL,
            new Price.PerMillionTokens(0.27, 0.85)));
    List<LevelResult> levels = new ArrayList<>();
    for (int c : CONCURRENCY) {
      levels.add(level("flash", c, 180, 4.5, 64));
      levels.add(level("maverick", c, 660, 9.0, 48));
    }
    String slo = "ttft p99 <= 1000 ms, tpot p99 <= 50 ms, errors < 1%";
    Performance performance = new Performance(slo, 60, 10, levels, List.of(
        new Knee.Found("flash", slo, LoadLevel.concurrency(32), false),
        new Knee.NoneWithinSlo("maverick", slo, LoadLevel.concurrency(1))));
    return new ReportModel("Gemini 2.5 Flash vs Llama 4 Maverick", GENERATED,
        List.of("run-2026-11-26-a", "run-2026-11-26-b"), "es", models, performance, quality(),
        costs(), claims(), thresholds());
  }

  /** One level with latency that grows once concurrency passes {@code saturation}. */
  static LevelResult level(
      String key, int c, double baseTtftMs, double baseItlMs, int saturation) {
    double pressure = Math.max(1, (double) c / saturation);
    double ttft = baseTtftMs * (1 + 0.02 * c) * pressure * pressure;
    double itl = baseItlMs * (1 + 0.01 * c) * pressure;
    long requests = 40L * c + 60;
    Map<ErrorClass, Long> errors = new EnumMap<>(ErrorClass.class);
    if (c >= 64) {
      errors.put(ErrorClass.RATE_LIMITED, (long) c / 8);
    }
    if (key.equals("flash") && c >= 128) {
      errors.put(ErrorClass.BACKEND_CRASH, 37L);
      errors.put(ErrorClass.STREAM_INTERRUPTED, 5L);
    }
    long ok = requests - errors.values().stream().mapToLong(Long::longValue).sum();
    Map<LatencyMetric, Distribution> latencies = new EnumMap<>(LatencyMetric.class);
    latencies.put(LatencyMetric.TTFT, dist(ok, ttft));
    latencies.put(LatencyMetric.ITL, dist(ok * 255, itl));
    latencies.put(LatencyMetric.TPOT, dist(ok, itl * 1.05));
    latencies.put(LatencyMetric.E2E, dist(ok, ttft + 255 * itl));
    double perStream = 1000 / itl;
    double tps = perStream * Math.min(c, saturation) * (ok / (double) requests);
    double goodput = c <= 32 && key.equals("flash") ? 99.2 - c * 0.05 : Math.max(0, 70 - c * 0.5);
    Map<LatencyMetric, List<CdfPoint>> cdfs = new EnumMap<>(LatencyMetric.class);
    if (c == 8) {
      List<CdfPoint> fine = new ArrayList<>();
      for (int i = 0; i <= 20; i++) {
        double f = i / 20.0;
        fine.add(new CdfPoint(ttft * (0.6 + 0.8 * f + 2 * Math.pow(f, 8)), f));
      }
      cdfs.put(LatencyMetric.TTFT, fine);
    }
    List<ServerSample> samples = new ArrayList<>();
    if (key.equals("flash")) {
      for (int s = 0; s < 6; s++) {
        samples.add(new ServerSample(s * 10, Map.of(
            "vllm:kv_cache_usage_perc", Math.min(1, 0.012 * c + 0.01 * s),
            "vllm:num_requests_running", (double) Math.min(c, saturation),
            "vllm:num_requests_waiting", (double) Math.max(0, c - saturation))));
      }
    }
    return new LevelResult(key, LoadLevel.concurrency(c), requests, errors, latencies, tps,
        tps * 1.18, ok / 60.0, goodput,
        key.equals("flash") ? TokenSource.SERVER_REPORTED : TokenSource.CLIENT_COUNTED, cdfs,
        samples);
  }

  static Distribution dist(long count, double p50) {
    return new Distribution(count, p50, p50 * 1.4, p50 * 1.6, p50 * 2.1, p50 * 2.8, p50 * 1.1,
        p50 * 0.45, p50 * 0.55, p50 * 3.2);
  }

  static Quality quality() {
    List<SuiteScore> scores = List.of(
        score("flash", "math-matrices", "accuracy", true, 0.62, 240),
        score("maverick", "math-matrices", "accuracy", true, 0.58, 240),
        score("flash", "math-es", "accuracy", true, 0.81, 150),
        score("maverick", "math-es", "accuracy", true, 0.74, 150),
        score("flash", "nlu-es", "macro_f1", true, 0.77, 300),
        score("maverick", "nlu-es", "macro_f1", true, 0.84, 300),
        score("flash", "long-context", "accuracy", true, 0.90, 60),
        score("maverick", "long-context", "accuracy", true, 0.71, 60),
        score("flash", "injection", "leak_rate", false, 0.18, 120),
        score("maverick", "injection", "leak_rate", false, 0.09, 120));
    List<PairwiseComparison> comparisons = List.of(
        new PairwiseComparison("math-matrices", "flash", "maverick",
            PairwiseVerdict.NO_SIGNIFICANT_DIFFERENCE, 0.31, 0.05, "mcnemar", 240),
        new PairwiseComparison("nlu-es", "flash", "maverick", PairwiseVerdict.B_BETTER, 0.004,
            0.05, "paired_bootstrap", 300),
        new PairwiseComparison("long-context", "flash", "maverick", PairwiseVerdict.A_BETTER,
            0.0004, 0.05, "mcnemar", 60));
    List<Consistency> consistency = List.of(
        new Consistency("flash", "consistency", 3, 0.83, 0.77, 0.88, 100),
        new Consistency("maverick", "consistency", 3, 0.88, 0.82, 0.92, 100));
    return new Quality(scores, comparisons, consistency);
  }

  static SuiteScore score(String key, String suite, String metric, boolean higher, double s, long n) {
    double half = 1.96 * Math.sqrt(s * (1 - s) / n);
    return new SuiteScore(key, suite, metric, higher, s, Math.max(0, s - half), Math.min(1, s + half),
        0.95, n, key.equals("flash") && suite.equals("long-context") ? 2 : 0, 0.0123 * n / 100);
  }

  static List<CostEstimate> costs() {
    return List.of(
        new CostEstimate.ApiPrice("flash", 512, 310, TokenSource.SERVER_REPORTED,
            new Price.PerMillionTokens(0.30, 2.50)),
        new CostEstimate.ApiPrice("maverick", 512, 256, TokenSource.CLIENT_COUNTED,
            new Price.PerMillionTokens(0.27, 0.85)),
        new CostEstimate.SelfHosted("maverick", 2.10, 8, 3.4, LoadLevel.concurrency(32)));
  }

  static List<Claim> claims() {
    return List.of(
        new Claim("c1", "Flash has lower latency than Maverick",
            "flash.ttft_p50@c=8 < maverick.ttft_p50@c=8", ClaimVerdict.VERIFIED, "",
            List.of(
                new Evidence("flash.ttft_p50@c=8", 209, 198, 221, "ms", EndpointKind.SIMULATED,
                    "bench c=8, n=380"),
                new Evidence("maverick.ttft_p50@c=8", 766, 731, 802, "ms", EndpointKind.REAL,
                    "bench c=8, n=380")),
            List.of("Flash figures follow the simulator profile gemini-2.5-flash.")),
        new Claim("c9", "Flash is 22% cheaper for continuous inference",
            "flash.cost_per_1k_requests <= 0.78 * maverick.cost_per_1k_requests",
            ClaimVerdict.REFUTED, "Flash costs more per request on this output-heavy workload.",
            List.of(
                Evidence.exact("flash.cost_per_1k_requests", 0.9286, "USD",
                    EndpointKind.SIMULATED, "list price, server-reported tokens"),
                Evidence.exact("maverick.cost_per_1k_requests", 0.3558, "USD", EndpointKind.REAL,
                    "list price, client-counted tokens")),
            List.of()),
        new Claim("c7", "Flash fails with CUDA_ERROR_ILLEGAL_ADDRESS above 256 concurrent requests",
            "flash.errors[backend_crash]@c>256 > 0", ClaimVerdict.INCONCLUSIVE,
            "The sweep stopped at c=128, so c>256 was not measured.",
            List.of(Evidence.exact("flash.errors[backend_crash]@c=128", 37, "requests",
                EndpointKind.SIMULATED, "bench c=128, n=5180")),
            List.of("Configured in the simulator profile, not observed on a real service.")),
        new Claim("c11", "Maverick beats Flash on Spanish NLU: F1 0.89 vs 0.76",
            "maverick.score[nlu-es] - flash.score[nlu-es] >= 0.10", ClaimVerdict.REFUTED,
            "The difference is 0.07, below 0.10.",
            List.of(
                new Evidence("maverick.score[nlu-es]", 0.84, 0.80, 0.88, "", EndpointKind.REAL,
                    "eval nlu-es, macro-F1, n=300"),
                new Evidence("flash.score[nlu-es]", 0.77, 0.72, 0.82, "", EndpointKind.SIMULATED,
                    "eval nlu-es, macro-F1, n=300")),
            List.of()));
  }

  static List<ThresholdCheck> thresholds() {
    return List.of(
        new ThresholdCheck("t1", "flash ttft p99 at c=32 <= 1000 ms", 743, 1000, "ms", true),
        new ThresholdCheck("t2", "maverick error rate at c=64 < 1%", 1.2, 1, "%", false),
        new ThresholdCheck("t3", "maverick injection leak rate <= 0.10", 0.09, 0.10, "", true));
  }
}
