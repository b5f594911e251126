package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ConfigException;
import dev.versus.eval.JudgeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quality.judge}: which model grades llm-judge suites, checked before anything runs. */
class PlanJudgeReaderTest {
  private static final String MODELS = """
      models:
        flash: { model: sim:gemini-2.5-flash, price: { input-per-million: 0.3, output-per-million: 2.5 } }
        maverick: sim:llama-4-maverick
      """;
  private static final String JUDGED = """
      name: judged
      scorer: llm-judge
      cases:
        - {id: a, prompt: "Tell me about rivers."}
      """;

  @TempDir Path dir;

  private Plan parse(String yaml) {
    return PlanReader.parse("plan.yaml", yaml, dir, name -> null);
  }

  @Test
  void parse_judgeIsAPlanModelKey_reusesItsReference() throws Exception {
    Files.writeString(dir.resolve("judged.yaml"), JUDGED);

    Plan plan = parse(MODELS + "quality:\n  suites: [judged.yaml]\n"
        + "  judge: { model: flash, rubric: Answers the question. }\n");

    JudgePlan judge = plan.quality().orElseThrow().judge().orElseThrow();
    assertThat(judge.reference()).isEqualTo("sim:gemini-2.5-flash");
    assertThat(judge.planModel()).contains("flash");
    assertThat(judge.rubric()).isEqualTo("Answers the question.");
    assertThat(judge.templateSource()).isEqualTo("built-in");
  }

  @Test
  void parse_judgeIsAReference_hasNoPlanModelAndTheDefaultRubric() throws Exception {
    Files.writeString(dir.resolve("judged.yaml"), JUDGED);

    Plan plan = parse(MODELS + "quality:\n  suites: [judged.yaml]\n  judge: sim:instant\n");

    JudgePlan judge = plan.quality().orElseThrow().judge().orElseThrow();
    assertThat(judge.reference()).isEqualTo("sim:instant");
    assertThat(judge.planModel()).isEmpty();
    assertThat(judge.rubric()).isEqualTo(JudgeSettings.DEFAULT_RUBRIC);
  }

  @Test
  void parse_judgedSuiteWithoutAnyJudge_namesLineSuiteAndWhatToAdd() throws Exception {
    Files.writeString(dir.resolve("judged.yaml"), JUDGED);

    assertThatThrownBy(() -> parse(MODELS + "quality:\n  suites: [nlu-es, judged.yaml]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("plan.yaml:5: quality.suites[1]: ")
        .hasMessageContaining("suite 'judged' has 1 llm-judge case and no judge model")
        .hasMessageContaining("add quality.judge: { model: KEY-or-REF } (a key of models: flash,"
            + " maverick");
  }

  @Test
  void parse_suiteFileNamesItsOwnJudge_needsNoPlanJudge() throws Exception {
    Files.writeString(dir.resolve("judged.yaml"), "judge: sim:instant\n" + JUDGED);

    Plan plan = parse(MODELS + "quality:\n  suites: [judged.yaml]\n");

    assertThat(plan.quality().orElseThrow().judge()).isEmpty();
  }

  @Test
  void parse_suiteFileWithABadJudgeReference_isAPlanError() throws Exception {
    Files.writeString(dir.resolve("judged.yaml"), "judge: nocolon\n" + JUDGED);

    assertThatThrownBy(() -> parse(MODELS + "quality:\n  suites: [judged.yaml]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("plan.yaml:5: quality.suites[0]: ")
        .hasMessageContaining("option 'judge'");
  }

  @Test
  void parse_templateWithoutResponsePlaceholder_namesTheTemplateField() throws Exception {
    Files.writeString(dir.resolve("judged.yaml"), JUDGED);
    Files.writeString(dir.resolve("t.txt"), "Grade this: {{question}}");

    assertThatThrownBy(() -> parse(MODELS + "quality:\n  suites: [judged.yaml]\n"
        + "  judge: { model: flash, template: t.txt }\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("plan.yaml:6: quality.judge.template: ")
        .hasMessageContaining("{{response}}");
  }

  @Test
  void parse_customTemplate_isReadRelativeToThePlan() throws Exception {
    Files.writeString(dir.resolve("judged.yaml"), JUDGED);
    Files.writeString(dir.resolve("t.txt"), "Rubric {{rubric}}. Grade: {{response}}");

    Plan plan = parse(MODELS + "quality:\n  suites: [judged.yaml]\n"
        + "  judge: { model: flash, template: t.txt }\n");

    JudgePlan judge = plan.quality().orElseThrow().judge().orElseThrow();
    assertThat(judge.template()).isEqualTo("Rubric {{rubric}}. Grade: {{response}}");
    assertThat(judge.templateSource()).isEqualTo("t.txt");
  }
}
