package dev.versus.bench.harness;

import dev.versus.load.BenchConfig;
import dev.versus.load.Environment;
import dev.versus.load.LevelResult;
import dev.versus.load.Limits;
import dev.versus.load.LoadDriver;
import dev.versus.load.LoadModel;
import dev.versus.load.RunObserver;
import dev.versus.load.Shard;
import dev.versus.load.Target;
import dev.versus.metrics.LatencyStats;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Slo;
import dev.versus.metrics.Summary;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.openai.OpenAiClient;
import java.net.URI;
import java.time.Duration;

/**
 * The load generator's own cost against the {@code instant} simulator in another process: at each
 * closed-loop concurrency, in alternating rounds, {@code versus}'s driver (tiny streams of 16
 * tokens, one content event) then {@code wrk} on the non-streaming endpoint and on the same
 * streaming request. Reports request rates, latency percentiles and versus/wrk ratios.
 */
final class OverheadBench {
  private OverheadBench() {}

  static void run(Options options) {
    int[] levels = options.intList("levels", "1,100,1000");
    int rounds = options.intValue("rounds", 3);
    double seconds = options.doubleValue("seconds", 5);
    double warmup = options.doubleValue("warmup", 2);
    int tokens = options.intValue("tokens", 16);
    int warmupRounds = options.intValue("warmup-rounds", 1);
    String scripts = options.value("scripts", "benchmarks/harness/wrk");
    Report report = new Report("overhead");
    try (SimProcess sim = options.startSim("instant")) {
      URI base = sim.baseUri().resolve("/v1");
      URI endpoint = URI.create(base + "/chat/completions");
      for (int w = 0; w < warmupRounds; w++) {
        // warms both JVMs' compilers at every level; nothing recorded
        for (int level : levels) {
          versus(base, level, Math.min(seconds, 3), 0, tokens);
          Wrk.run(endpoint, scripts + "/post.lua", level, 2);
          Wrk.run(endpoint, scripts + "/post-stream.lua", level, 2);
        }
      }
      for (int level : levels) {
        report.line("concurrency=%d rounds=%d seconds=%.0f (+%.0f s warm-up for versus)",
            level, rounds, seconds, warmup);
        double[] versusRate = new double[rounds];
        double[] versusTtftP50 = new double[rounds];
        double[] versusE2eP50 = new double[rounds];
        double[] versusE2eP99 = new double[rounds];
        double[] wrkRate = new double[rounds];
        double[] wrkP50 = new double[rounds];
        double[] wrkP99 = new double[rounds];
        double[] wrkStreamRate = new double[rounds];
        double[] wrkStreamP50 = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          long self = ProcessHandle.current().pid();
          double serverCpu = Proc.cpuSeconds(sim.pid());
          double clientCpu = Proc.cpuSeconds(self);
          long t0 = System.nanoTime();
          Summary s = versus(base, level, seconds, warmup, tokens);
          double elapsed = (System.nanoTime() - t0) / 1e9;
          double cores = (Proc.cpuSeconds(sim.pid()) - serverCpu) / elapsed;
          double clientCores = (Proc.cpuSeconds(self) - clientCpu) / elapsed;
          LatencyStats ttft = s.latency(Metric.TTFT);
          LatencyStats e2e = s.latency(Metric.E2E);
          versusRate[r] = s.throughput().requestsPerSecond();
          versusTtftP50[r] = ttft.p50Ms();
          versusE2eP50[r] = e2e.p50Ms();
          versusE2eP99[r] = e2e.p99Ms();
          report.line("  round %d versus   req/s=%.0f ttft-ms p50=%.3f p99=%.3f e2e-ms p50=%.3f p99=%.3f"
              + " completed=%d failed=%d server-cores=%.2f client-cores=%.2f load=%.2f", r + 1,
              versusRate[r], ttft.p50Ms(), ttft.p99Ms(), e2e.p50Ms(), e2e.p99Ms(), s.completed(),
              s.failed(), cores, clientCores, Proc.loadAverage());
          serverCpu = Proc.cpuSeconds(sim.pid());
          t0 = System.nanoTime();
          Wrk.Result plain = Wrk.run(endpoint, scripts + "/post.lua", level, seconds);
          cores = (Proc.cpuSeconds(sim.pid()) - serverCpu) / ((System.nanoTime() - t0) / 1e9);
          wrkRate[r] = plain.requestsPerSecond();
          wrkP50[r] = plain.p50Ms();
          wrkP99[r] = plain.p99Ms();
          report.line("  round %d wrk json req/s=%.0f latency-ms p50=%.3f p99=%.3f errors=%d"
              + " server-cores=%.2f %s", r + 1, plain.requestsPerSecond(), plain.p50Ms(),
              plain.p99Ms(), plain.errors(), cores, plain.detail());
          Wrk.Result stream = Wrk.run(endpoint, scripts + "/post-stream.lua", level, seconds);
          wrkStreamRate[r] = stream.requestsPerSecond();
          wrkStreamP50[r] = stream.p50Ms();
          report.line("  round %d wrk sse  req/s=%.0f latency-ms p50=%.3f p99=%.3f errors=%d %s",
              r + 1, stream.requestsPerSecond(), stream.p50Ms(), stream.p99Ms(), stream.errors(),
              stream.detail());
        }
        double ratio = Report.median(versusRate) / Report.median(wrkRate);
        double ratioStream = Report.median(versusRate) / Report.median(wrkStreamRate);
        report.line("concurrency=%d medians: versus req/s=%.0f ttft-p50=%.3f ms e2e-p50=%.3f ms"
            + " e2e-p99=%.3f ms | wrk json req/s=%.0f p50=%.3f ms p99=%.3f ms | wrk sse req/s=%.0f"
            + " p50=%.3f ms", level, Report.median(versusRate), Report.median(versusTtftP50),
            Report.median(versusE2eP50), Report.median(versusE2eP99), Report.median(wrkRate),
            Report.median(wrkP50), Report.median(wrkP99), Report.median(wrkStreamRate),
            Report.median(wrkStreamP50));
        report.result("concurrency=%d versus/wrk-json rate=%.2f versus/wrk-sse rate=%.2f"
            + " (target >= 0.50 of wrk json: %s); added e2e p50 vs wrk json=%.3f ms", level, ratio,
            ratioStream, ratio >= 0.5 ? "MET" : "MISSED",
            Report.median(versusE2eP50) - Report.median(wrkP50));
      }
    }
  }

  private static Summary versus(URI base, int level, double seconds, double warmup, int tokens) {
    try (ChatProvider provider = OpenAiClient.create(ProviderConfig.of(base, "", "instant"))) {
      BenchConfig config = new BenchConfig(new LoadModel.Closed(level),
          Limits.timed(Duration.ofMillis((long) (seconds * 1000)),
              Duration.ofMillis((long) (warmup * 1000))).withDrain(Duration.ofSeconds(30)),
          Slo.none(), Shard.single(), 1);
      LevelResult result = LoadDriver.run(new Target("instant", provider),
          Prompts.workload(tokens), config, Environment.system(), RunObserver.none());
      return result.summary();
    }
  }
}
