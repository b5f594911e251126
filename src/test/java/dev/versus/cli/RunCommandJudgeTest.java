package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.EvalResultRow;
import dev.versus.store.RunFilter;
import dev.versus.store.RunInfo;
import dev.versus.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus run} with an {@code llm-judge} suite, the simulator acting as the judge. */
class RunCommandJudgeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MODELS = """
      title: judged
      models:
        fast: { model: sim:instant, price: { input-per-million: 0.1, output-per-million: 0.2 } }
        other: sim:instant
      """;

  @TempDir Path dir;

  private MainTest.Result run(String plan, String out) throws Exception {
    // the simulated models answer these prompts with filler: the judge passes a non-empty answer
    // when there is no reference, and fails filler that lacks the reference
    Files.writeString(dir.resolve("judged.yaml"), """
        name: judged
        scorer: llm-judge
        cases:
          - {id: open, prompt: "Tell me something about rivers."}
          - {id: exact, prompt: "Which is the longest river?", expected: Nile-Amazon-Zyx}
        """);
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, plan);
    return MainTest.run("run", file.toString(), "--store", dir.resolve("versus.db").toString(),
        "--out", dir.resolve(out).toString());
  }

  @Test
  void run_judgeIsAPlanModel_reportHasTheJudgedScoreAndTheJudge() throws Exception {
    String plan = MODELS + """
        quality:
          suites: [judged.yaml]
          judge: { model: fast, rubric: Answers the question. }
        claims:
          - fast.score[judged] >= 0
        """;

    MainTest.Result r = run(plan, "out");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("quality: judged by sim:instant");
    JsonNode quality = JSON.readTree(dir.resolve("out/report.json").toFile()).get("quality");
    JsonNode fast = quality.get("scores").get(0);
    assertThat(fast.get("suite").asText()).isEqualTo("judged");
    assertThat(fast.get("n").asLong()).isEqualTo(2);
    assertThat(fast.get("errors").asLong()).isZero();
    assertThat(fast.get("score").asDouble()).isEqualTo(0.5); // open passes, exact fails
    assertThat(quality.get("judges")).hasSize(1);
    assertThat(quality.get("judges").get(0).get("judge").asText()).isEqualTo("sim:instant");
    assertThat(quality.get("judges").get(0).get("rubric").asText())
        .isEqualTo("Answers the question.");
    assertThat(dir.resolve("out/report.md")).content()
        .contains("Suite judged was graded by the judge model sim:instant. Rubric: Answers the");
    assertThat(dir.resolve("out/report.html")).content()
        .contains("Suite judged was graded by the judge model sim:instant.");
    try (Store store = Store.open(dir.resolve("versus.db").toString())) {
      RunInfo eval = store.runs().list(RunFilter.all()).stream()
          .filter(run -> run.kind().equals("eval")).findFirst().orElseThrow();
      assertThat(eval.configJson()).contains("\"models\":[\"sim:instant\"]")
          .contains("\"plan_model\":\"fast\"");
      List<EvalResultRow> rows = store.evalResults().list(eval.id());
      assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row.detailsJson())
          .contains("\"judge\":\"sim:instant\"").contains("\"rubric\":\"Answers the question.\""));
    }
  }

  @Test
  void run_twice_secondRunTakesJudgeRepliesFromTheCache() throws Exception {
    String plan = MODELS + "quality:\n  suites: [judged.yaml]\n  judge: sim:instant\n";
    assertThat(run(plan, "first").code()).isZero();

    MainTest.Result again = run(plan, "second");

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(dir.resolve("eval-cache.jsonl")).exists();
    try (Store store = Store.open(dir.resolve("versus.db").toString())) {
      RunInfo last = store.runs().list(RunFilter.all()).stream()
          .filter(run -> run.kind().equals("eval"))
          .max(java.util.Comparator.comparingLong(RunInfo::startedAtMicros)).orElseThrow();
      assertThat(store.evalResults().list(last.id()))
          .allSatisfy(row -> assertThat(row.detailsJson()).contains("\"judge_cached\":\"true\""));
    }
  }

  @Test
  void check_planWithAJudge_namesIt() throws Exception {
    Files.writeString(dir.resolve("judged.yaml"), "name: judged\nscorer: llm-judge\ncases:\n"
        + "  - {id: a, prompt: hi}\n");
    Path file = Files.writeString(dir.resolve("plan.yaml"),
        MODELS + "quality:\n  suites: [judged.yaml]\n  judge: fast\n");

    MainTest.Result r = MainTest.run("check", file.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("quality: judged; repeat 1; judge sim:instant (model fast)");
  }

  @Test
  void run_judgedSuiteWithNoJudge_exits2NamingPlanLineAndField() throws Exception {
    MainTest.Result r = run(MODELS + "quality:\n  suites: [judged.yaml]\n", "out");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElseThrow()).contains("plan.yaml:6: quality.suites[0]")
        .contains("no judge model");
  }

  @Test
  void run_judgeReferenceThatDoesNotOpen_exits2BeforeAnyCall() throws Exception {
    MainTest.Result r = run(MODELS + "quality:\n  suites: [judged.yaml]\n"
        + "  judge: sim:no-such-profile\n", "out");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("judge model sim:no-such-profile");
  }
}
