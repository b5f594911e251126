package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.core.ErrorClass;
import dev.versus.metrics.Metric;
import dev.versus.metrics.SummaryJson;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.Profiles;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.sim.SimServerConfig;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus bench} end to end through {@link Main#run}: simulator, real clients, SQLite. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BenchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RUN_ID = Pattern.compile("run id:\\s+(\\S+)");

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private Result bench(String... args) {
    List<String> all = new ArrayList<>(List.of("bench", "--no-progress",
        "--store", dir.resolve("store.db").toString(), "--out", dir.resolve("out").toString()));
    all.addAll(Arrays.asList(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void bench_simModelTwoLevels_writesFullSummaryRecordsAndStoredRun() throws IOException {
    Result result = bench("--model", "sim:instant", "--concurrency", "1,2", "--requests", "6",
        "--input-tokens", "normal:64,8", "--output-tokens", "uniform:8,16", "--language", "es",
        "--slo", "ttft=1s,tpot=50ms");

    assertThat(result.code()).as(result.err()).isZero();
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.get("status").asText()).isEqualTo("completed");
    assertThat(summary.get("simulated").asBoolean()).isTrue();
    JsonNode levels = summary.at("/models/0/levels");
    assertThat(levels).hasSize(2);
    long requests = 0;
    for (JsonNode level : levels) {
      requests += level.get("requests").asLong();
      for (Metric metric : Metric.values()) {
        JsonNode stats = level.at("/latency_ms/" + metric.wireName());
        for (String field : SummaryJson.LATENCY_FIELDS) {
          assertThat(stats.get(field)).as("%s.%s", metric.wireName(), field).isNotNull();
          assertThat(stats.get(field).isNumber()).isTrue();
        }
      }
      assertThat(level.at("/latency_ms/ttft/count").asLong()).isEqualTo(6);
      assertThat(level.get("throughput")).isNotNull();
      for (String key : List.of("requests_per_second", "output_tokens_per_second",
          "total_tokens_per_second", "peak_output_tokens_per_second")) {
        assertThat(level.at("/throughput/" + key).asDouble()).as(key).isPositive();
      }
      assertThat(level.at("/goodput/percent").asDouble()).isEqualTo(100.0);
      assertThat(level.at("/goodput/requests_per_second").asDouble()).isPositive();
      for (ErrorClass errorClass : ErrorClass.values()) {
        assertThat(level.at("/errors/by_class/" + errorClass.wireName()).asLong()).isZero();
      }
      assertThat(level.at("/tokens/source_counts/server").asLong()).isEqualTo(6);
      assertThat(level.at("/tokens/client_counted").asBoolean()).isFalse();
      assertThat(level.at("/tokens/discrepancy/percent").isNumber()).isTrue();
      assertThat(level.at("/server_metrics/scraped").asBoolean()).isTrue();
      assertThat(level.at("/server_metrics").has("max_kv_cache_usage_perc")).isTrue();
      assertThat(level.get("simulated").asBoolean()).isTrue();
    }
    List<String> lines = Files.readAllLines(dir.resolve("out/records.jsonl"));
    assertThat(lines).hasSize((int) requests).hasSize(12);

    Matcher id = RUN_ID.matcher(result.out());
    assertThat(id.find()).as(result.out()).isTrue();
    assertThat(result.out()).contains("TTFT p50").contains("c=1").contains("c=2");
    try (Store store = Store.open(dir.resolve("store.db").toString())) {
      RunInfo run = store.runs().find(id.group(1)).orElseThrow();
      assertThat(run.kind()).isEqualTo("bench");
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.simulated()).isTrue();
      assertThat(JSON.readTree(run.summaryJson())).isEqualTo(summary);
      assertThat(store.requests().count(run.id())).isEqualTo(12);
      assertThat(store.requests().modelKeys(run.id())).containsExactly("sim:instant");
    }
  }

  @Test
  void bench_noStream_recordsWholeResponsesWithTtftEqualToE2e() throws IOException {
    Result result = bench("--model", "sim:instant", "--concurrency", "2", "--requests", "6",
        "--output-tokens", "8", "--no-stream");

    assertThat(result.code()).as(result.err()).isZero();
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.at("/config/delivery").asText()).isEqualTo("whole");
    JsonNode level = summary.at("/models/0/levels/0");
    assertThat(level.get("completed").asLong()).isEqualTo(6);
    assertThat(level.at("/latency_ms/ttft/max").asDouble())
        .isEqualTo(level.at("/latency_ms/e2e/max").asDouble());
    assertThat(level.at("/latency_ms/itl/count").asLong()).isZero();
    assertThat(level.at("/tokens/client_counted").asBoolean()).isFalse();
  }

  @Test
  void bench_serverWithoutUsage_labelsClientCountedTokens() throws IOException {
    try (SimServer server = SimServer.start(
        List.of(SimModels.create(Profiles.load("instant"), 1, AnswerKeys.empty())),
        SimServerConfig.defaults().withOmitUsage(true))) {
      Result result = bench("--model", "openai:instant@" + server.openAiBaseUri(),
          "--requests", "3", "--output-tokens", "12", "--input-tokens", "20");

      assertThat(result.code()).as(result.err()).isZero();
      JsonNode level = JSON.readTree(dir.resolve("out/summary.json").toFile()).at("/models/0/levels/0");
      assertThat(level.at("/tokens/client_counted").asBoolean()).isTrue();
      assertThat(level.at("/tokens/source_counts/client_count").asLong()).isEqualTo(3);
      assertThat(result.out()).contains("client-counted");
      assertThat(Files.readAllLines(dir.resolve("out/records.jsonl")))
          .allSatisfy(line -> assertThat(line).contains("\"usage_source\":\"client_count\""));
    }
  }

  private void assertBadInput(Result result, String... mentions) {
    assertThat(result.code()).as(result.out() + result.err()).isEqualTo(2);
    String first = result.err().lines().findFirst().orElse("");
    assertThat(first).startsWith("versus: ").contains(mentions);
    // No stack trace: no "SomeException:" header and no "at ..." frames.
    assertThat(result.err()).doesNotContainPattern("\\w+Exception:").doesNotContain("\tat ");
    assertThat(result.err().lines().count()).isLessThanOrEqualTo(2);
    assertThat(dir.resolve("out/records.jsonl")).doesNotExist();
  }

  @Test
  void bench_unknownProviderScheme_exitsTwoNamingTheReference() {
    assertBadInput(bench("--model", "nosuch:model", "--requests", "1"), "nosuch:model");
  }

  @Test
  void bench_unknownSimProfile_exitsTwoNamingTheReference() {
    assertBadInput(bench("--model", "sim:no-such-profile", "--requests", "1"),
        "sim:no-such-profile", "instant");
  }

  @Test
  void bench_closedPort_exitsTwoBeforeTheRun() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String ref = "openai:m@http://127.0.0.1:" + port + "/v1";

    assertBadInput(bench("--model", ref, "--requests", "1"), "cannot reach", ref);
  }

  @Test
  void bench_modelTheServerDoesNotServe_exitsTwoListingServedModels() {
    try (SimServer server = SimServer.start(
        SimModels.create(Profiles.load("instant"), 1, AnswerKeys.empty()))) {
      String ref = "openai:no-such-model@" + server.openAiBaseUri();

      assertBadInput(bench("--model", ref, "--requests", "1"), ref, "instant");
    }
  }

  @Test
  void bench_invalidRate_exitsTwoNamingTheFlag() {
    assertBadInput(bench("--model", "sim:instant", "--rate", "-1"), "--rate", "5,10,20");
    assertBadInput(bench("--model", "sim:instant", "--rate", "fast"), "--rate");
  }

  @Test
  void bench_invalidDuration_exitsTwoNamingTheFlagAndTheForm() {
    assertBadInput(bench("--model", "sim:instant", "--duration", "5x"), "--duration", "60s");
  }

  @Test
  void bench_invalidTokenSpec_exitsTwoNamingTheFlagAndTheForm() {
    assertBadInput(bench("--model", "sim:instant", "--input-tokens", "normal:5"),
        "--input-tokens", "normal:MEAN,STDDEV");
  }

  @Test
  void bench_malformedPromptsFile_exitsTwoNamingFileAndLine() throws IOException {
    Path prompts = dir.resolve("prompts.jsonl");
    Files.writeString(prompts, "{\"prompt\": \"hola\"}\n{\"prompt\": oops}\n");

    assertBadInput(bench("--model", "sim:instant", "--prompts", prompts.toString(),
        "--requests", "1"), "prompts.jsonl:2");
  }

  @Test
  void bench_twoModelsInterleavedGammaArrivals_runsEveryLevelForEachModel() throws IOException {
    Result result = bench("--model", "sim:instant", "--model",
        "sim:src/test/resources/bench/steady.yaml", "--rate", "20,40", "--arrival", "gamma",
        "--burstiness", "0.5", "--requests", "3", "--output-tokens", "3", "--input-tokens", "16",
        "--interleave");

    assertThat(result.code()).as(result.err()).isZero();
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.at("/config/plan/order").asText()).isEqualTo("interleaved");
    assertThat(summary.get("models")).hasSize(2);
    for (JsonNode model : summary.get("models")) {
      assertThat(model.get("levels")).hasSize(2);
      assertThat(model.at("/levels/0/load/arrival").asText()).isEqualTo("gamma");
      assertThat(model.at("/levels/0/load/burstiness").asDouble()).isEqualTo(0.5);
      assertThat(model.at("/levels/1/load/rate").asDouble()).isEqualTo(40.0);
    }
    List<String> order = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out/records.jsonl"))) {
      JsonNode record = JSON.readTree(line);
      String step = record.get("level").asText() + " " + record.get("model").asText();
      if (!order.contains(step)) {
        order.add(step);
      }
    }
    assertThat(order).hasSize(4);
    assertThat(order.get(0)).startsWith("gamma:20/s");
    assertThat(order.get(1)).startsWith("gamma:20/s");
  }

  @Test
  void bench_burstinessWithoutGamma_exitsTwo() {
    assertBadInput(bench("--model", "sim:instant", "--rate", "5", "--burstiness", "0.5"),
        "--burstiness", "gamma");
  }

  @Test
  void bench_terminatedMidRun_keepsRecordsAndWritesInterruptedSummary() throws Exception {
    // A real process, stopped with SIGTERM, which runs the shutdown hooks exactly as Ctrl-C does.
    String java = ProcessHandle.current().info().command().orElseThrow();
    Path out = dir.resolve("out");
    Path records = out.resolve("records.jsonl");
    Path profile = Path.of("src/test/resources/bench/steady.yaml").toAbsolutePath();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "dev.versus.cli.Main", "bench", "--no-progress", "--model", "sim:" + profile,
        "--concurrency", "2", "--duration", "60s", "--output-tokens", "5", "--input-tokens", "16",
        "--out", out.toString(), "--store", dir.resolve("store.db").toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("bench.log").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
      while (lines(records) < 4 && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(100);
      }
      assertThat(lines(records)).as(Files.readString(dir.resolve("bench.log"))).isGreaterThanOrEqualTo(4);
      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("status").asText()).isEqualTo("interrupted");
    assertThat(summary.at("/models/0/levels/0/interrupted").asBoolean()).isTrue();
    long kept = lines(records);
    assertThat(kept).isGreaterThanOrEqualTo(4);
    try (Store store = Store.open(dir.resolve("store.db").toString())) {
      String runId = summary.get("run_id").asText();
      assertThat(store.runs().find(runId).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
      assertThat(store.requests().count(runId)).isEqualTo(kept);
    }
  }

  private static long lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file).size() : 0;
  }
}
