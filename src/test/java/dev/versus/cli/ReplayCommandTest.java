package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderRegistry;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.SimProviders;
import dev.versus.store.EvalResultRow;
import dev.versus.store.GatewayLogRow;
import dev.versus.store.RunFilter;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code versus replay} end to end: gateway logs written with the full prompts and responses of a
 * simulated backend, replayed through {@link Main#run} on simulated candidates, checked in the
 * store and in the output files.
 */
class ReplayCommandTest {
  private static final int LOGGED = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private String location;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void logTraffic() {
    location = "sqlite:" + dir.resolve("versus.db");
    Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    ProviderRegistry registry = ProviderRegistry.create(name -> null);
    List<GatewayLogRow> rows = new ArrayList<>();
    SimProviders sims = SimProviders.create(0, AnswerKeys.empty()).installInto(registry);
    try (sims;
        ChatProvider backend = registry.create("sim:instant");
        Store store = Store.open(location)) {
      for (int i = 0; i < LOGGED; i++) {
        String question = "Resume en una frase el pedido número " + i + " del cliente.";
        ChatRequest request = new ChatRequest(backend.model(), List.of(Message.user(question)),
            SamplingParams.defaults().withMaxTokens(24));
        CallOutcome answer = backend.call(request);
        assertThat(answer).isInstanceOf(CallOutcome.Completed.class);
        String prompt = "{\"model\":\"auto\",\"max_tokens\":24,\"messages\":[{\"role\":\"user\","
            + "\"content\":" + JSON.valueToTree(question) + "}]}";
        rows.add(log("req-" + i, base.plusMillis(i), "chat", false, prompt, answer.content()));
      }
      rows.add(log("redacted-1", base.plusMillis(100), "chat", true, "[{\"role\":\"user\","
          + "\"content\":\"mi correo es [EMAIL]\"}]", "vale"));
      rows.add(log("off-1", base.plusMillis(101), "chat", false, "", ""));
      rows.add(log("other-route", base.plusMillis(102), "batch", false, "hola", "adiós"));
      rows.add(log("priv-red", base.plusMillis(103), "private", true, "[EMAIL]", "vale"));
      rows.add(log("priv-off", base.plusMillis(104), "private", false, "", "vale"));
      store.gatewayLogs().insertAllIfAbsent(rows);
    }
  }

  private static GatewayLogRow log(String id, Instant time, String route, boolean redacted,
      String prompt, String response) {
    return new GatewayLogRow(id, time.toEpochMilli() * 1000, "", route, "auto", "maverick",
        "ab:bucket=7", "", true, 20, 24, 0, 0.000_03, 250_000_000L, 1_200_000_000L, 200, "", "",
        redacted, prompt, response);
  }

  private int replay(String... args) {
    List<String> all = new ArrayList<>(List.of("replay", "--store", location));
    all.addAll(List.of(args));
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void replay_sameSimulatedModel_agreesOnEveryRequestAndStoresTheRun() throws Exception {
    Path folder = dir.resolve("out");

    int code = replay("--since", "24h", "--route", "chat", "--candidate", "sim:instant",
        "--baseline-from-log", "--price", "0.27/0.85", "--out", folder.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("8 of 10 logged requests replayed")
        .contains("SIMULATED").contains("agreement");
    try (Store store = Store.open(location)) {
      List<RunInfo> runs = store.runs().list(RunFilter.all().kind("replay"));
      assertThat(runs).hasSize(1);
      RunInfo run = runs.getFirst();
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.simulated()).isTrue();
      List<EvalResultRow> results = store.evalResults().list(run.id());
      assertThat(results).hasSize(LOGGED).allSatisfy(r -> {
        assertThat(r.suite()).isEqualTo("replay");
        assertThat(r.response()).isEqualTo(r.expected()).isNotBlank();
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.latencyNanos()).isPositive();
        assertThat(r.costUsd()).isPositive();
      });
      JsonNode summary = JSON.readTree(run.summaryJson());
      assertThat(summary.get("schema").asText()).isEqualTo("versus.replay/1");
      assertThat(summary.get("replayed").asInt()).isEqualTo(LOGGED);
      assertThat(summary.at("/skipped/redacted").asInt()).isEqualTo(1);
      assertThat(summary.at("/skipped/prompt-off").asInt()).isEqualTo(1);
      assertThat(summary.at("/agreement/estimate").asDouble()).isEqualTo(1.0);
      assertThat(summary.at("/agreement/ci95/0").asDouble()).isBetween(0.5, 1.0);
      assertThat(summary.at("/latencyMs/logged/p50").asDouble()).isBetween(1190.0, 1210.0);
      assertThat(summary.at("/latencyMs/candidate/count").asInt()).isEqualTo(LOGGED);
      assertThat(summary.at("/costUsd/logged/total").asDouble()).isEqualTo(8 * 0.000_03,
          org.assertj.core.data.Offset.offset(1e-12));
      assertThat(summary.at("/costUsd/candidate/priced").asBoolean()).isTrue();
      assertThat(JSON.readTree(Files.readString(folder.resolve("summary.json"))))
          .isEqualTo(summary);
    }
    assertThat(Files.readAllLines(folder.resolve("cases.jsonl"))).hasSize(LOGGED)
        .allSatisfy(line -> assertThat(JSON.readTree(line).get("agreed").asBoolean()).isTrue());
  }

  @Test
  void replay_withSimulatedJudge_gradesEveryCandidateResponseAndStoresTheGrades() throws Exception {
    Path folder = dir.resolve("judged");

    int code = replay("--since", "24h", "--route", "chat", "--candidate", "sim:instant",
        "--judge", "sim:instant", "--rubric", "Same meaning.", "--out", folder.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("judge sim:instant: passed 100.0%")
        .contains("of 8 graded").contains("judge errors 0");
    JsonNode summary = JSON.readTree(Files.readString(folder.resolve("summary.json")));
    assertThat(summary.at("/judge/computed").asBoolean()).isTrue();
    assertThat(summary.at("/judge/model").asText()).isEqualTo("sim:instant");
    assertThat(summary.at("/judge/rubric").asText()).isEqualTo("Same meaning.");
    assertThat(summary.at("/judge/graded").asInt()).isEqualTo(LOGGED);
    assertThat(summary.at("/judge/passRate/estimate").asDouble()).isEqualTo(1.0);
    assertThat(summary.at("/judge/meanScore/estimate").asDouble()).isCloseTo(0.9,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Files.readAllLines(folder.resolve("cases.jsonl"))).hasSize(LOGGED)
        .allSatisfy(line -> {
          JsonNode judge = JSON.readTree(line).get("judge");
          assertThat(judge.get("passed").asBoolean()).isTrue();
          assertThat(judge.get("reason").asText()).startsWith("judge sim:instant: 9/10");
        });
    try (Store store = Store.open(location)) {
      RunInfo run = store.runs().list(RunFilter.all().kind("replay")).getFirst();
      assertThat(store.evalResults().list(run.id())).allSatisfy(r ->
          assertThat(r.detailsJson()).contains("\"judge\":{\"score\":0.9"));
    }
  }

  @Test
  void replay_rubricWithoutJudgeOrBadJudge_isBadInput() {
    assertThat(replay("--since", "24h", "--route", "chat", "--candidate", "sim:instant",
        "--rubric", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("--rubric needs --judge");
    assertThat(replay("--since", "24h", "--route", "chat", "--candidate", "sim:instant",
        "--judge", "sim:nope")).isEqualTo(2);
    assertThat(err.toString()).contains("--judge: judge model sim:nope");
  }

  @Test
  void replay_otherSimulatedModel_measuresLatencyAndTtftOfTheCandidate() throws Exception {
    int code = replay("--since", Instant.now().minus(2, ChronoUnit.HOURS).toString(),
        "--until", "now", "--route", "chat", "--candidate", "sim:llama-4-maverick",
        "--limit", "3");

    assertThat(code).as(err.toString()).isZero();
    try (Store store = Store.open(location)) {
      RunInfo run = store.runs().list(RunFilter.all().kind("replay")).getFirst();
      assertThat(store.evalResults().list(run.id())).hasSize(3)
          .allSatisfy(r -> assertThat(r.errorClass()).isEmpty());
      JsonNode summary = JSON.readTree(run.summaryJson());
      assertThat(summary.get("selected").asInt()).isEqualTo(3);
      assertThat(summary.at("/ttftMs/candidate/p50").asDouble()).isPositive();
      assertThat(summary.at("/latencyMs/candidate/p95").asDouble())
          .isGreaterThanOrEqualTo(summary.at("/ttftMs/candidate/p50").asDouble());
      assertThat(summary.at("/costUsd/candidate/total").isNull()).isTrue();
    }
  }

  @Test
  void replay_onlyRedactedOrBlankedLogs_exitsWithBadInputSayingPromptsMustBeFull() {
    int code = replay("--since", "24h", "--route", "private", "--candidate", "sim:instant");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("none of the 2 gateway logs")
        .contains("1 were redacted").contains("1 have no prompt (logging.prompts: off)")
        .contains("logging.prompts: full").doesNotContain("Exception");
  }

  @Test
  void replay_badTime_exitsWithBadInputNamingTheOption() {
    int code = replay("--since", "yesterday", "--route", "chat", "--candidate", "sim:instant");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--since").contains("'yesterday'").contains("24h")
        .doesNotContain("Exception");
  }

  @Test
  void replay_badPriceOrEmptyWindow_exitsWithBadInput() {
    assertThat(replay("--since", "24h", "--route", "chat", "--candidate", "sim:instant",
        "--price", "cheap")).isEqualTo(2);
    assertThat(err.toString()).contains("--price").contains("0.27/0.85");

    assertThat(replay("--since", "24h", "--route", "nope", "--candidate", "sim:instant"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no gateway logs on route 'nope'");
  }
}
