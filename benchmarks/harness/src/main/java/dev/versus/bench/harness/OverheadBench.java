package dev.versus.bench.harness;

import dev.versus.load.ArrivalProcess;
import dev.versus.load.BenchConfig;
import dev.versus.load.Delivery;
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
 * tokens, one content event), {@code wrk} on the non-streaming endpoint, versus's driver on the
 * same non-streaming endpoint ({@code --no-stream}), then {@code wrk} on the same streaming request.
 * Reports request rates, latency percentiles and versus/wrk ratios: like for like (whole/json,
 * streamed/sse) and streamed versus against wrk's json.
 */
final class OverheadBench {
  private static final int OPEN_CONNECTIONS = 100;

  private OverheadBench() {}

  static void run(Options options) {
    int[] levels = options.intList("levels", "1,100,1000");
    int rounds = options.intValue("rounds", 3);
    double seconds = options.doubleValue("seconds", 5);
    double warmup = options.doubleValue("warmup", 2);
    int tokens = options.intValue("tokens", 16);
    int warmupRounds = options.intValue("warmup-rounds", 1);
    int[] rates = options.intList("rates", "1000");
    int held = options.intValue("held-streams", 100);
    String scripts = options.value("scripts", "benchmarks/harness/wrk");
    Report report = new Report("overhead");
    try (SimProcess sim = options.startSim(
        held > 0 ? "instant," + StreamsBench.SLOW_PROFILE : "instant")) {
      URI base = sim.baseUri().resolve("/v1");
      URI endpoint = URI.create(base + "/chat/completions");
      for (int w = 0; w < warmupRounds; w++) {
        // warms both JVMs' compilers at every level; nothing recorded
        for (int level : levels) {
          versus(base, level, Math.min(seconds, 3), 0, tokens);
          versus(base, level, Math.min(seconds, 3), 0, tokens, Delivery.WHOLE);
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
        double[] pacedRate = new double[rounds];
        double[] pacedP50 = new double[rounds];
        double[] pacedP99 = new double[rounds];
        double[] wrkStreamP50 = new double[rounds];
        double[] wholeRate = new double[rounds];
        double[] wholeP50 = new double[rounds];
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
          // wrk offering about versus's rate of this round: each connection pauses c / rate first
          long pause = Math.max(0, Math.round(1000.0 * level / versusRate[r] - wrkP50[r]));
          Wrk.Result paced = Wrk.run(endpoint, scripts + "/post-paced.lua", level, seconds, pause);
          pacedRate[r] = paced.requestsPerSecond();
          pacedP50[r] = paced.p50Ms();
          pacedP99[r] = paced.p99Ms();
          report.line("  round %d wrk json at versus's rate (pause %d ms) req/s=%.0f latency-ms"
              + " p50=%.3f p99=%.3f errors=%d", r + 1, pause, paced.requestsPerSecond(),
              paced.p50Ms(), paced.p99Ms(), paced.errors());
          serverCpu = Proc.cpuSeconds(sim.pid());
          clientCpu = Proc.cpuSeconds(self);
          t0 = System.nanoTime();
          Summary whole = versus(base, level, seconds, warmup, tokens, Delivery.WHOLE);
          elapsed = (System.nanoTime() - t0) / 1e9;
          wholeRate[r] = whole.throughput().requestsPerSecond();
          wholeP50[r] = whole.latency(Metric.E2E).p50Ms();
          report.line("  round %d versus whole (--no-stream) req/s=%.0f e2e-ms p50=%.3f p99=%.3f"
              + " completed=%d failed=%d server-cores=%.2f client-cores=%.2f", r + 1, wholeRate[r],
              wholeP50[r], whole.latency(Metric.E2E).p99Ms(), whole.completed(), whole.failed(),
              (Proc.cpuSeconds(sim.pid()) - serverCpu) / elapsed,
              (Proc.cpuSeconds(self) - clientCpu) / elapsed);
          Wrk.Result stream = Wrk.run(endpoint, scripts + "/post-stream.lua", level, seconds);
          wrkStreamRate[r] = stream.requestsPerSecond();
          wrkStreamP50[r] = stream.p50Ms();
          report.line("  round %d wrk sse  req/s=%.0f latency-ms p50=%.3f p99=%.3f errors=%d %s",
              r + 1, stream.requestsPerSecond(), stream.p50Ms(), stream.p99Ms(), stream.errors(),
              stream.detail());
        }
        double ratio = Report.median(versusRate) / Report.median(wrkRate);
        double ratioStream = Report.median(versusRate) / Report.median(wrkStreamRate);
        double ratioWhole = Report.median(wholeRate) / Report.median(wrkRate);
        report.line("concurrency=%d medians: versus req/s=%.0f ttft-p50=%.3f ms e2e-p50=%.3f ms"
            + " e2e-p99=%.3f ms | wrk json req/s=%.0f p50=%.3f ms p99=%.3f ms | wrk sse req/s=%.0f"
            + " p50=%.3f ms", level, Report.median(versusRate), Report.median(versusTtftP50),
            Report.median(versusE2eP50), Report.median(versusE2eP99), Report.median(wrkRate),
            Report.median(wrkP50), Report.median(wrkP99), Report.median(wrkStreamRate),
            Report.median(wrkStreamP50));
        report.line("concurrency=%d at versus's rate: wrk json req/s=%.0f p50=%.3f ms p99=%.3f ms;"
            + " added by versus p50=%.3f ms p99=%.3f ms", level, Report.median(pacedRate),
            Report.median(pacedP50), Report.median(pacedP99),
            Report.median(versusE2eP50) - Report.median(pacedP50),
            Report.median(versusE2eP99) - Report.median(pacedP99));
        report.result("concurrency=%d like for like: versus whole/wrk json rate=%.2f (%.0f vs %.0f"
            + " req/s; target >= 0.50: %s), versus streamed/wrk sse rate=%.2f; versus streamed/wrk"
            + " json rate=%.2f; added e2e p50 vs wrk json: whole %.3f ms, streamed %.3f ms", level,
            ratioWhole, Report.median(wholeRate), Report.median(wrkRate),
            ratioWhole >= 0.5 ? "MET" : "MISSED", ratioStream, ratio,
            Report.median(wholeP50) - Report.median(wrkP50),
            Report.median(versusE2eP50) - Report.median(wrkP50));
      }
      for (int rate : rates) {
        openLoop(report, sim, base, endpoint, scripts, rate, rounds, seconds, warmup, tokens);
      }
      if (held > 0) {
        for (int rate : rates) {
          withOpenStreams(report, sim, base, endpoint, scripts, held, rate, rounds, seconds,
              warmup, tokens);
        }
      }
    }
  }

  /**
   * {@link #openLoop} while this process also holds {@code held} slow streams open to the same
   * simulator (a closed loop on its {@code slow-long} model, 10 s streams): the load generator's
   * added latency with that many streams open, against wrk at the same rate and server state.
   */
  private static void withOpenStreams(Report report, SimProcess sim, URI base, URI endpoint,
      String scripts, int held, int rate, int rounds, double seconds, double warmup, int tokens) {
    try (CountingProvider slow = new CountingProvider(OpenAiClient.create(
        ProviderConfig.of(base, "", "slow-long")))) {
      BenchConfig config = new BenchConfig(new LoadModel.Closed(held),
          Limits.timed(Duration.ofMinutes(10), Duration.ZERO).withDrain(Duration.ofSeconds(5)),
          Slo.none(), Shard.single(), 7);
      Thread background = Thread.ofPlatform().name("held-streams").start(() -> {
        try {
          LoadDriver.run(new Target("slow-long", slow), Prompts.workload(50), config,
              Environment.system(), RunObserver.none());
        } catch (RuntimeException e) {
          report.line("held streams failed: %s", e);
        }
      });
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (slow.open() < held && System.nanoTime() < deadline) {
        SimProcess.sleepMillis(100);
      }
      report.line("with %d slow streams held open by this process (open now: %d, server running:"
          + " %.0f)", held, slow.open(), sim.metric("vllm:num_requests_running"));
      openLoop(report, sim, base, endpoint, scripts, rate, rounds, seconds, warmup, tokens);
      report.line("held streams still open at the end: %d (peak %d)", slow.open(), slow.peakOpen());
      background.interrupt();
      try {
        background.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The same request rate from both tools, well below either's capacity: versus in open loop
   * (Poisson arrivals, at most {@value #OPEN_CONNECTIONS} in flight), wrk with {@value
   * #OPEN_CONNECTIONS} connections each pausing {@code connections / rate} between requests. The
   * latency difference is what the load generator adds when it is not the bottleneck.
   */
  private static void openLoop(Report report, SimProcess sim, URI base, URI endpoint,
      String scripts, int rate, int rounds, double seconds, double warmup, int tokens) {
    report.line("open loop rate=%d/s (Poisson, max %d in flight) vs wrk %d connections paced",
        rate, OPEN_CONNECTIONS, OPEN_CONNECTIONS);
    double[] versusP50 = new double[rounds];
    double[] versusP99 = new double[rounds];
    double[] wrkP50 = new double[rounds];
    double[] wrkP99 = new double[rounds];
    long pause = Math.round(1000.0 * OPEN_CONNECTIONS / rate);
    for (int r = 0; r < rounds; r++) {
      Summary s;
      try (ChatProvider provider = OpenAiClient.create(ProviderConfig.of(base, "", "instant"))) {
        BenchConfig config = new BenchConfig(
            new LoadModel.Open(new ArrivalProcess.Poisson(rate), OPEN_CONNECTIONS),
            Limits.timed(Duration.ofMillis((long) (seconds * 1000)),
                Duration.ofMillis((long) (warmup * 1000))).withDrain(Duration.ofSeconds(30)),
            Slo.none(), Shard.single(), r + 1);
        s = LoadDriver.run(new Target("instant", provider), Prompts.workload(tokens), config,
            Environment.system(), RunObserver.none()).summary();
      }
      LatencyStats e2e = s.latency(Metric.E2E);
      versusP50[r] = e2e.p50Ms();
      versusP99[r] = e2e.p99Ms();
      report.line("  round %d versus   req/s=%.0f e2e-ms p50=%.3f p99=%.3f schedule-latency-ms"
          + " p99=%.3f failed=%d load=%.2f", r + 1, s.throughput().requestsPerSecond(),
          e2e.p50Ms(), e2e.p99Ms(), s.latency(Metric.SCHEDULE_LATENCY).p99Ms(), s.failed(),
          Proc.loadAverage());
      Wrk.Result paced =
          Wrk.run(endpoint, scripts + "/post-paced.lua", OPEN_CONNECTIONS, seconds, pause);
      wrkP50[r] = paced.p50Ms();
      wrkP99[r] = paced.p99Ms();
      report.line("  round %d wrk json (pause %d ms) req/s=%.0f latency-ms p50=%.3f p99=%.3f"
          + " errors=%d", r + 1, pause, paced.requestsPerSecond(), paced.p50Ms(), paced.p99Ms(),
          paced.errors());
    }
    report.result("open loop rate=%d/s medians: versus e2e p50=%.3f ms p99=%.3f ms | wrk json"
        + " p50=%.3f ms p99=%.3f ms | added by versus p50=%.3f ms p99=%.3f ms", rate,
        Report.median(versusP50), Report.median(versusP99), Report.median(wrkP50),
        Report.median(wrkP99), Report.median(versusP50) - Report.median(wrkP50),
        Report.median(versusP99) - Report.median(wrkP99));
  }

  private static Summary versus(URI base, int level, double seconds, double warmup, int tokens) {
    return versus(base, level, seconds, warmup, tokens, Delivery.STREAMED);
  }

  private static Summary versus(
      URI base, int level, double seconds, double warmup, int tokens, Delivery delivery) {
    try (ChatProvider provider = OpenAiClient.create(ProviderConfig.of(base, "", "instant"))) {
      BenchConfig config = new BenchConfig(new LoadModel.Closed(level),
          Limits.timed(Duration.ofMillis((long) (seconds * 1000)),
              Duration.ofMillis((long) (warmup * 1000))).withDrain(Duration.ofSeconds(30)),
          Slo.none(), Shard.single(), 1);
      LevelResult result = LoadDriver.run(new Target("instant", provider, delivery),
          Prompts.workload(tokens), config, Environment.system(), RunObserver.none());
      return result.summary();
    }
  }
}
