package dev.versus.bench.harness;

import dev.versus.load.ArrivalProcess;
import dev.versus.load.BenchConfig;
import dev.versus.load.Environment;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's overhead: the {@code instant} simulator reached directly, through {@code versus
 * gateway} (guard and logging on) and through nginx as a plain reverse proxy, all three in one
 * run, each in its own process. Per round and path: latency at a fixed rate (versus's load
 * generator in open loop on streams; wrk paced on the non-streaming and the streaming POST) and
 * the closed-loop maximum rate (wrk, 64 connections). Reports medians of rounds, added latency
 * (proxy minus direct) and the gateway/nginx rate ratio against the targets.
 */
final class GatewayBench {
  private static final String[] PATHS = {"direct", "gateway", "nginx"};
  private static final int PACED_CONNECTIONS = 50;
  private static final int OPEN_MAX_IN_FLIGHT = 100;

  private GatewayBench() {}

  /** One path's figures in one round; latencies in ms, rates in requests/s. */
  private record Round(double loopP50, double loopP99, double loopRate, long loopFailed,
      double jsonP50, double jsonP99, double jsonRate, double sseP50, double sseP99,
      double sseRate, double maxJson, double maxSse) {}

  static void run(Options options) {
    int rate = options.intValue("rate", 500);
    int rounds = options.intValue("rounds", 3);
    int warmupRounds = options.intValue("warmup-rounds", 1);
    double seconds = options.doubleValue("seconds", 5);
    int connections = options.intValue("connections", 64);
    int tokens = options.intValue("tokens", 16);
    String workers = options.value("nginx-workers", "auto");
    String scripts = Path.of(options.value("scripts", "benchmarks/harness/wrk")).toAbsolutePath()
        .toString();
    Path work = Path.of(options.value("work-dir", "benchmarks/harness/target/gateway-work"))
        .toAbsolutePath();
    String jar = Path.of(options.value("jar", "target/versus.jar")).toAbsolutePath().toString();
    String gatewayJvm = options.value("gateway-jvm", "");
    Report report = new Report("gateway");
    LoadSampler load = new LoadSampler();
    try (SimProcess sim = options.startSim("instant");
        ChildServer gateway = startGateway(work, jar, gatewayJvm, sim);
        ChildServer nginx = startNginx(work, workers, sim)) {
      Files.writeString(work.resolve("sim.pid"), Long.toString(sim.pid()));
      URI[] bases = {sim.baseUri(), port(work, "gateway.port"), port(work, "nginx.port")};
      report.line("sim pid %d %s, gateway pid %d %s, nginx (worker_processes %s) pid %d %s;"
          + " work dir %s", sim.pid(), bases[0], gateway.pid(), bases[1], workers, nginx.pid(),
          bases[2], work);
      report.line("rate=%d/s rounds=%d (+%d warm-up) seconds=%.0f max-rate connections=%d",
          rate, rounds, warmupRounds, seconds, connections);
      for (int w = 0; w < warmupRounds; w++) {
        for (int p = 0; p < PATHS.length; p++) {
          Round r = round(bases[p], scripts, rate, Math.min(seconds, 3), connections, tokens);
          report.line("  warm-up %-7s max json req/s=%.0f sse req/s=%.0f", PATHS[p], r.maxJson(),
              r.maxSse());
        }
      }
      Round[][] results = new Round[PATHS.length][rounds];
      for (int i = 0; i < rounds; i++) {
        for (int k = 0; k < PATHS.length; k++) {
          int p = (i + k) % PATHS.length; // rotate the order so no path always goes first
          double gatewayCpu = Proc.cpuSeconds(gateway.pid());
          long t0 = System.nanoTime();
          Round r = round(bases[p], scripts, rate, seconds, connections, tokens);
          double gatewayCores =
              (Proc.cpuSeconds(gateway.pid()) - gatewayCpu) / ((System.nanoTime() - t0) / 1e9);
          results[p][i] = r;
          report.line("  round %d %-7s versus open-loop streams %.0f/s p50=%.3f p99=%.3f failed=%d"
              + " | wrk paced json %.0f/s p50=%.3f p99=%.3f | wrk paced sse %.0f/s p50=%.3f"
              + " p99=%.3f | max json=%.0f sse=%.0f req/s | gateway-cores=%.2f load=%.2f",
              i + 1, PATHS[p], r.loopRate(), r.loopP50(), r.loopP99(), r.loopFailed(),
              r.jsonRate(), r.jsonP50(), r.jsonP99(), r.sseRate(), r.sseP50(), r.sseP99(),
              r.maxJson(), r.maxSse(), gatewayCores, Proc.loadAverage());
        }
      }
      summarize(report, results, rate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      load.close();
      report.line("load average (1 min) during the run: min %.2f mean %.2f max %.2f (%d samples)",
          load.min, load.mean(), load.max, load.samples);
    }
  }

  private static void summarize(Report report, Round[][] results, int rate) {
    double[][] m = new double[PATHS.length][];
    for (int p = 0; p < PATHS.length; p++) {
      Round[] rs = results[p];
      m[p] = new double[] {
          median(rs, Round::loopP50), median(rs, Round::loopP99),
          median(rs, Round::jsonP50), median(rs, Round::jsonP99),
          median(rs, Round::sseP50), median(rs, Round::sseP99),
          median(rs, Round::maxJson), median(rs, Round::maxSse)};
      report.line("%-7s medians (ms): versus streams p50=%.3f p99=%.3f | wrk json p50=%.3f"
          + " p99=%.3f | wrk sse p50=%.3f p99=%.3f | max req/s json=%.0f sse=%.0f", PATHS[p],
          m[p][0], m[p][1], m[p][2], m[p][3], m[p][4], m[p][5], m[p][6], m[p][7]);
    }
    String[] kinds = {"versus streams", "wrk json", "wrk sse"};
    for (int p = 1; p < PATHS.length; p++) {
      for (int k = 0; k < kinds.length; k++) {
        double addedP50 = m[p][2 * k] - m[0][2 * k];
        double addedP99 = m[p][2 * k + 1] - m[0][2 * k + 1];
        String verdict = p == 1
            ? " (targets p50 <= 1 ms: " + (addedP50 <= 1 ? "MET" : "MISSED") + ", p99 <= 5 ms: "
                + (addedP99 <= 5 ? "MET" : "MISSED") + ")"
            : "";
        report.result("%s at %d/s, %s: added p50=%.3f ms p99=%.3f ms%s", PATHS[p], rate, kinds[k],
            addedP50, addedP99, verdict);
      }
    }
    double json = m[1][6] / m[2][6];
    double sse = m[1][7] / m[2][7];
    report.result("max rate gateway/nginx: json %.2f, sse %.2f (target >= 0.50: %s / %s);"
        + " gateway/direct: json %.2f, sse %.2f", json, sse, json >= 0.5 ? "MET" : "MISSED",
        sse >= 0.5 ? "MET" : "MISSED", m[1][6] / m[0][6], m[1][7] / m[0][7]);
  }

  private static double median(Round[] rounds, java.util.function.ToDoubleFunction<Round> f) {
    double[] values = new double[rounds.length];
    for (int i = 0; i < rounds.length; i++) {
      values[i] = f.applyAsDouble(rounds[i]);
    }
    return Report.median(values);
  }

  private static Round round(URI base, String scripts, int rate, double seconds, int connections,
      int tokens) {
    Summary s = openLoop(base, rate, seconds, tokens);
    LatencyStats e2e = s.latency(Metric.E2E);
    URI endpoint = URI.create(base + "/v1/chat/completions");
    long pause = Math.round(1000.0 * PACED_CONNECTIONS / rate);
    Wrk.Result json = Wrk.run(endpoint, scripts + "/post-paced.lua", PACED_CONNECTIONS, seconds,
        pause);
    Wrk.Result sse = Wrk.run(endpoint, scripts + "/post-stream-paced.lua", PACED_CONNECTIONS,
        seconds, pause);
    Wrk.Result maxJson = Wrk.run(endpoint, scripts + "/post.lua", connections, seconds);
    Wrk.Result maxSse = Wrk.run(endpoint, scripts + "/post-stream.lua", connections, seconds);
    for (Wrk.Result r : List.of(json, sse, maxJson, maxSse)) {
      if (r.errors() > 0) {
        System.out.println("[gateway]   wrk errors at " + base + ": " + r.errors() + " " + r.detail());
      }
    }
    return new Round(e2e.p50Ms(), e2e.p99Ms(), s.throughput().requestsPerSecond(), s.failed(),
        json.p50Ms(), json.p99Ms(), json.requestsPerSecond(), sse.p50Ms(), sse.p99Ms(),
        sse.requestsPerSecond(), maxJson.requestsPerSecond(), maxSse.requestsPerSecond());
  }

  /** versus's load generator: constant arrivals at {@code rate}, at most 100 in flight. */
  private static Summary openLoop(URI base, int rate, double seconds, int tokens) {
    try (ChatProvider provider =
        OpenAiClient.create(ProviderConfig.of(base.resolve("/v1"), "", "instant"))) {
      BenchConfig config = new BenchConfig(
          new LoadModel.Open(new ArrivalProcess.Constant(rate), OPEN_MAX_IN_FLIGHT),
          Limits.timed(Duration.ofMillis((long) (seconds * 1000)), Duration.ofSeconds(1))
              .withDrain(Duration.ofSeconds(30)),
          Slo.none(), Shard.single(), 1);
      return LoadDriver.run(new Target("instant", provider), Prompts.workload(tokens), config,
          Environment.system(), RunObserver.none()).summary();
    }
  }

  private static ChildServer startGateway(Path work, String jar, String jvm, SimProcess sim)
      throws IOException {
    Files.createDirectories(work);
    int port = freePort();
    Files.writeString(work.resolve("gateway.port"), Integer.toString(port));
    String config = """
        # generated by the gateway bench: one route to the simulator, guard and logging on
        listen: 127.0.0.1:%d
        backends:
          sim: { provider: openai, base-url: %s/v1, model: instant, max-concurrency: 256, queue: 1024 }
        routes:
          - { model: instant, policy: single, use: sim }
        guard:
          input:  { deny: ["(?i)ignora (todas )?las instrucciones", "(?i)ignore (all )?previous instructions"],
                    injection-threshold: 0.8, action: block }
          output: { redact: [api-keys, emails] }
        logging: { store: "sqlite:%s", spool: "%s", prompts: redacted, responses: redacted }
        """.formatted(port, sim.baseUri(), work.resolve("gateway.db"), work.resolve("spool"));
    Path file = work.resolve("gateway.yaml");
    Files.writeString(file, config);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!jvm.isBlank()) {
      command.addAll(List.of(jvm.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", jar, "gateway", "--config", file.toString()));
    return ChildServer.start("versus gateway", command, work.resolve("gateway.out"),
        work.resolve("gateway.pid"), URI.create("http://127.0.0.1:" + port + "/health"));
  }

  private static ChildServer startNginx(Path work, String workers, SimProcess sim)
      throws IOException {
    int port = freePort();
    Files.writeString(work.resolve("nginx.port"), Integer.toString(port));
    for (String dir : List.of("logs", "tmp")) {
      Files.createDirectories(work.resolve("nginx").resolve(dir));
    }
    String conf = """
        # generated by the gateway bench: a plain reverse proxy for the simulator, SSE unbuffered
        worker_processes %s;
        pid %s/nginx/nginx.pid;
        error_log %s/nginx/logs/error.log warn;
        events { worker_connections 4096; }
        http {
          access_log %s/nginx/logs/access.log;
          client_body_temp_path %s/nginx/tmp/body;
          proxy_temp_path %s/nginx/tmp/proxy;
          fastcgi_temp_path %s/nginx/tmp/fastcgi;
          uwsgi_temp_path %s/nginx/tmp/uwsgi;
          scgi_temp_path %s/nginx/tmp/scgi;
          upstream sim { server %s; keepalive 128; }
          server {
            listen 127.0.0.1:%d;
            location / {
              proxy_pass http://sim;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_buffering off;
            }
          }
        }
        """.formatted(workers, work, work, work, work, work, work, work, work,
        sim.baseUri().getAuthority(), port);
    Path file = work.resolve("nginx/nginx.conf");
    Files.writeString(file, conf);
    List<String> command = List.of(nginxBinary(), "-c", file.toString(), "-p",
        work.resolve("nginx").toString(), "-e", work.resolve("nginx/logs/error.log").toString(),
        "-g", "daemon off;" + (isRoot() ? " user root;" : ""));
    return ChildServer.start("nginx", command, work.resolve("nginx.out"),
        work.resolve("nginx-master.pid"), URI.create("http://127.0.0.1:" + port + "/health"));
  }

  private static String nginxBinary() {
    return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static URI port(Path work, String file) throws IOException {
    return URI.create("http://127.0.0.1:" + Files.readString(work.resolve(file)).trim());
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-minute load average every second on a daemon thread: min, max, mean. */
  private static final class LoadSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    volatile double min = Double.MAX_VALUE;
    volatile double max;
    volatile double sum;
    volatile int samples;

    LoadSampler() {
      thread = Thread.ofPlatform().daemon().name("load-sampler").start(() -> {
        while (running) {
          double l = Proc.loadAverage();
          min = Math.min(min, l);
          max = Math.max(max, l);
          sum += l;
          samples++;
          SimProcess.sleepMillis(1000);
        }
      });
    }

    double mean() {
      return samples == 0 ? Double.NaN : sum / samples;
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
    }
  }
}
