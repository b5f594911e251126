package dev.versus.bench.harness;

import dev.versus.load.ArrivalProcess;
import dev.versus.load.BenchConfig;
import dev.versus.load.Environment;
import dev.versus.load.LevelResult;
import dev.versus.load.Limits;
import dev.versus.load.LoadDriver;
import dev.versus.load.LoadModel;
import dev.versus.load.RunObserver;
import dev.versus.load.Shard;
import dev.versus.load.Target;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Slo;
import dev.versus.metrics.Summary;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.openai.OpenAiClient;
import java.time.Duration;

/**
 * Many slow streams open at once: the load generator (open loop, constant arrivals over the ramp)
 * sends {@code streams} requests to a slow-profile simulator in another process while a sampler
 * reads the client's open-stream count, the server's running requests and both processes' memory.
 * Shows the simulator's concurrent-stream capacity and the client's memory at that concurrency.
 */
final class StreamsBench {
  static final String SLOW_PROFILE = "benchmarks/harness/profiles/slow-long.yaml";

  private StreamsBench() {}

  static void run(Options options) {
    int streams = options.intValue("streams", 5000);
    double rampSeconds = options.doubleValue("ramp-seconds", 3);
    int outputTokens = options.intValue("tokens", 50);
    Report report = new Report("streams");
    String profile = options.value("profile", SLOW_PROFILE);
    report.line("streams=%d ramp-seconds=%.1f tokens-per-stream=%d profile=%s",
        streams, rampSeconds, outputTokens, profile);
    String model = java.nio.file.Path.of(profile).getFileName().toString().replace(".yaml", "");
    try (SimProcess sim = options.startSim(profile);
        CountingProvider provider = new CountingProvider(OpenAiClient.create(
            ProviderConfig.of(sim.baseUri().resolve("/v1"), "", model)
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(3))))) {
      BenchConfig config = new BenchConfig(
          new LoadModel.Open(new ArrivalProcess.Constant(streams / rampSeconds)),
          Limits.requests(streams).withDrain(Duration.ofSeconds(120)),
          Slo.none(), Shard.single(), 1);
      double loadBefore = Proc.loadAverage();
      double serverCpuBefore = Proc.cpuSeconds(sim.pid());
      double clientCpuBefore = Proc.cpuSeconds(ProcessHandle.current().pid());
      long start = System.nanoTime();
      LevelResult result;
      Sampler sampler = new Sampler(sim, provider::open, 250);
      try {
        result = LoadDriver.run(new Target(model, provider), Prompts.workload(outputTokens),
            config, Environment.system(), RunObserver.none());
      } finally {
        sampler.close(); // stops sampling before the peaks are read
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Summary s = result.summary();
      report.line("run-seconds=%.1f load-before=%.2f peak-load=%.2f", seconds, loadBefore, sampler.peakLoad);
      report.line("requests=%d completed=%d failed=%d errors=%s", s.requests(), s.completed(),
          s.failed(), s.errors());
      report.line("peak-open-client=%d (exact, counted on every event) peak-open-client-sampled=%d"
          + " peak-server-running=%.0f (sampled every 250 ms from /metrics)",
          provider.peakOpen(), sampler.peakClientOpen, sampler.peakServerRunning);
      report.line("server-rss-peak-sampled-MiB=%.0f server-VmHWM-MiB=%.0f",
          sampler.peakServerRssKiB / 1024.0, Proc.peakRssKiB(sim.pid()) / 1024.0);
      report.line("client-rss-peak-sampled-MiB=%.0f client-VmHWM-MiB=%.0f client-heap-used-peak-MiB=%.0f"
          + " client-max-heap-MiB=%.0f",
          sampler.peakClientRssKiB / 1024.0,
          Proc.peakRssKiB(ProcessHandle.current().pid()) / 1024.0,
          sampler.peakClientHeapBytes / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
      report.line("cpu-seconds server=%.1f client=%.1f over %.1f s",
          Proc.cpuSeconds(sim.pid()) - serverCpuBefore,
          Proc.cpuSeconds(ProcessHandle.current().pid()) - clientCpuBefore, seconds);
      report.line("ttft-ms p50=%.1f p99=%.1f max=%.1f; e2e-s p50=%.2f p99=%.2f; itl-ms p50=%.1f p99=%.1f",
          s.latency(Metric.TTFT).p50Ms(), s.latency(Metric.TTFT).p99Ms(), s.latency(Metric.TTFT).maxMs(),
          s.latency(Metric.E2E).p50Ms() / 1000, s.latency(Metric.E2E).p99Ms() / 1000,
          s.latency(Metric.ITL).p50Ms(), s.latency(Metric.ITL).p99Ms());
      report.line("client-events=%d", provider.events());
      report.result("target >= %d concurrent open streams, no errors: %s", streams,
          provider.peakOpen() >= streams && s.failed() == 0 ? "MET" : "MISSED");
    }
  }
}
