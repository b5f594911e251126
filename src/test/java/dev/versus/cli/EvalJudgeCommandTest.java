package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.RunFilter;
import dev.versus.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus eval} with the {@code llm-judge} scorer, a simulated judge in process. */
class EvalJudgeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private MainTest.Result eval(String... args) {
    List<String> all = new ArrayList<>(List.of("eval", "--store",
        tmp.resolve("versus.db").toString(), "--no-cache"));
    all.addAll(List.of(args));
    return MainTest.run(all.toArray(String[]::new));
  }

  private Path suite() throws Exception {
    // the simulated candidate answers unknown prompts with filler: the judge passes a non-empty
    // answer when there is no reference, and fails filler that lacks the reference
    return Files.writeString(tmp.resolve("judged.yaml"), """
        name: judged
        scorer: llm-judge
        rubric: Answers the question.
        cases:
          - {id: open, prompt: "Tell me something about rivers."}
          - {id: exact, prompt: "Which is the longest river?", expected: Nile-Amazon-Zyx}
        """);
  }

  @Test
  void eval_judgeFlagWithSimulatedJudge_gradesAndRecordsJudgeAndRubric() throws Exception {
    Path out = tmp.resolve("out");
    MainTest.Result r = eval("--model", "sim:instant", "--suite", suite().toString(),
        "--judge", "sim:instant", "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("cases.jsonl"))) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(2).allSatisfy(n -> {
      assertThat(n.get("scorer").asText()).isEqualTo("llm-judge");
      assertThat(n.get("details").get("judge").asText()).isEqualTo("sim:instant");
      assertThat(n.get("details").get("rubric").asText()).isEqualTo("Answers the question.");
      assertThat(n.get("error_class").asText()).isEmpty();
    });
    assertThat(lines.get(0).get("passed").asBoolean()).isTrue();
    assertThat(lines.get(1).get("passed").asBoolean()).isFalse();
    try (Store store = Store.open(tmp.resolve("versus.db").toString())) {
      var run = store.runs().list(RunFilter.all()).getFirst();
      assertThat(run.configJson()).contains("\"judge\":{\"models\":[\"sim:instant\"]");
    }
  }

  @Test
  void eval_judgeCasesWithoutAJudge_isBadInputNamingTheOption() throws Exception {
    MainTest.Result r = eval("--model", "sim:instant", "--suite", suite().toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("judged.yaml").contains("needs a judge model: give --judge REF");
  }

  @Test
  void eval_badJudgeReference_isBadInput() throws Exception {
    MainTest.Result r = eval("--model", "sim:instant", "--suite", suite().toString(),
        "--judge", "sim:no-such-profile");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("judge model sim:no-such-profile");
  }

  @Test
  void eval_judgeReferenceWithoutProvider_isBadInputNamingTheOption() throws Exception {
    MainTest.Result r = eval("--model", "sim:instant", "--suite", suite().toString(),
        "--judge", "nocolon");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--judge: ").contains("'nocolon'").doesNotContain("\tat ");
  }
}
