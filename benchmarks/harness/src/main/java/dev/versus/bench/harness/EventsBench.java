package dev.versus.bench.harness;

import dev.versus.core.StreamEvent;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.SseParser;
import dev.versus.provider.StreamListener;
import dev.versus.provider.openai.OpenAiClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * SSE events per second from a simulator in another process to this one, many concurrent streams
 * in a closed loop, two ways in alternating rounds: {@code raw} (JDK HttpClient body read in 16 KiB
 * pieces into the real {@link SseParser}, counting parsed events) and {@code client} (the real
 * {@link OpenAiClient}, counting normalised events delivered to the listener).
 */
final class EventsBench {
  private EventsBench() {}

  static void run(Options options) {
    List<String> profiles = List.of(options.value("profiles",
        "instant,benchmarks/harness/profiles/instant-1tok.yaml").split(","));
    int concurrency = options.intValue("concurrency", 100);
    int tokens = options.intValue("tokens", 256);
    int rounds = options.intValue("rounds", 3);
    double seconds = options.doubleValue("seconds", 5);
    double warmup = options.doubleValue("warmup", 2);
    int warmupRounds = options.intValue("warmup-rounds", 3);
    Report report = new Report("events");
    for (String profile : profiles) {
      String model = profile.equals("instant") ? "instant" : "instant-1tok";
      report.line("profile=%s concurrency=%d tokens-per-stream=%d rounds=%d seconds=%.0f",
          profile, concurrency, tokens, rounds, seconds);
      try (SimProcess sim = options.startSim(profile)) {
        URI base = sim.baseUri().resolve("/v1");
        double[] raw = new double[rounds];
        double[] client = new double[rounds];
        for (int r = -warmupRounds; r < rounds; r++) {
          if (r < 0) {
            report.line("  (warm-up round, not counted)");
          }
          double rawRate = measure(report, "raw", sim, concurrency, seconds, warmup,
              counter -> rawStream(base, model, tokens, counter));
          try (ChatProvider provider = OpenAiClient.create(ProviderConfig.of(base, "", model))) {
            double clientRate = measure(report, "client", sim, concurrency, seconds, warmup,
                counter -> clientStream(provider, tokens, counter));
            if (r >= 0) {
              raw[r] = rawRate;
              client[r] = clientRate;
            }
          }
        }
        report.line("profile=%s raw events/s %s median %.0f; client events/s %s median %.0f",
            profile, Report.list(raw, "%.0f"), Report.median(raw), Report.list(client, "%.0f"),
            Report.median(client));
        report.result("profile=%s target >= 100,000 SSE events/s (raw parser): %s", profile,
            Report.median(raw) >= 100_000 ? "MET" : "MISSED");
      }
    }
  }

  /** One stream, start to end; adds the events it received to {@code counter}. */
  private interface StreamTask {
    void run(LongAdder counter) throws IOException, InterruptedException;
  }

  private static HttpClient rawClient;

  private static synchronized HttpClient rawClient() {
    if (rawClient == null) {
      rawClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }
    return rawClient;
  }

  private static void rawStream(URI base, String model, int tokens, LongAdder counter)
      throws IOException, InterruptedException {
    String body = "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\""
        + Prompts.TEXT + "\"}],\"max_tokens\":" + tokens + ",\"ignore_eos\":true,\"stream\":true}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/chat/completions"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<InputStream> response =
        rawClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode());
    }
    SseParser parser = SseParser.create(event -> counter.increment());
    byte[] buf = new byte[16384];
    try (InputStream in = response.body()) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        parser.feed(buf, 0, n);
      }
    }
  }

  private static void clientStream(ChatProvider provider, int tokens, LongAdder counter)
      throws InterruptedException {
    StreamListener listener = (StreamEvent event) -> counter.increment();
    try {
      provider.stream(Prompts.prompt(tokens).toRequest(provider.model()), listener).outcome().get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static double measure(Report report, String mode, SimProcess sim, int concurrency,
      double seconds, double warmup, StreamTask task) {
    LongAdder events = new LongAdder();
    LongAdder failures = new LongAdder();
    long warmupEnd = System.nanoTime() + (long) (warmup * 1e9);
    long end = warmupEnd + (long) (seconds * 1e9);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < concurrency; i++) {
        pool.execute(() -> {
          while (System.nanoTime() < end) {
            try {
              task.run(events);
            } catch (IOException | RuntimeException e) {
              failures.increment();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        });
      }
      SimProcess.sleepMillis(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
      long from = events.sum();
      double serverCpu = Proc.cpuSeconds(sim.pid());
      double clientCpu = Proc.cpuSeconds(ProcessHandle.current().pid());
      long t0 = System.nanoTime();
      SimProcess.sleepMillis(Math.max(0, (end - t0) / 1_000_000));
      long counted = events.sum() - from;
      double elapsed = (System.nanoTime() - t0) / 1e9;
      double rate = counted / elapsed;
      report.line("  %-6s events/s=%.0f (events=%d in %.2f s) failures=%d server-cores=%.2f"
          + " client-cores=%.2f load=%.2f", mode, rate, counted, elapsed, failures.sum(),
          (Proc.cpuSeconds(sim.pid()) - serverCpu) / elapsed,
          (Proc.cpuSeconds(ProcessHandle.current().pid()) - clientCpu) / elapsed,
          Proc.loadAverage());
      return rate;
    }
  }
}
