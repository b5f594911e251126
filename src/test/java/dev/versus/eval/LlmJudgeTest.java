package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.provider.ProviderRegistry;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.ErrorStyle;
import dev.versus.sim.KeyedItem;
import dev.versus.sim.Profile;
import dev.versus.sim.Profiles;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.store.EvalResultRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code llm-judge} scorer against real simulated servers over loopback: a candidate that
 * answers half of the questions correctly, and a simulated judge that grades them.
 */
class LlmJudgeTest {
  private static final int CASES = 60;

  @TempDir Path tmp;
  private final List<SimServer> servers = new ArrayList<>();
  private final ProviderRegistry registry = ProviderRegistry.create(name -> null);

  @AfterEach
  void stop() {
    servers.forEach(SimServer::close);
  }

  private static String question(int i) {
    return "Which city is the capital of region " + i + "?";
  }

  /** A simulated server answering the test questions (and judge prompts) with this accuracy. */
  private String server(String name, double accuracy, AnswerKeys keys) {
    Profile base = Profiles.load("instant");
    Profile profile = new Profile(name, List.of(), ErrorStyle.OPENAI, base.batching(),
        base.limits(), base.faults(), base.memory(),
        new Profile.Quality(Map.of("default", accuracy), 0));
    SimServer server = SimServer.start(SimModels.create(profile, 5, keys));
    servers.add(server);
    return "openai:" + name + "@" + server.openAiBaseUri();
  }

  private static AnswerKeys questionKeys() {
    return AnswerKeys.empty().with("questions", messages -> {
      String text = messages.getLast().content();
      for (int i = 0; i < CASES; i++) {
        if (text.equals(question(i))) {
          return Optional.of(KeyedItem.question("capitals", "The capital is Town" + i + ".",
              "The capital is Village" + i + "."));
        }
      }
      return Optional.empty();
    });
  }

  private static AnswerKeys judgeKeys() {
    return AnswerKeys.empty().with("judge", messages -> JudgeAnswerKey.lookup(messages)
        .map(e -> KeyedItem.question(e.suite(), e.correct(), e.wrong())));
  }

  private static Suite suite(String judge) {
    List<EvalCase> cases = IntStream.range(0, CASES).mapToObj(i -> EvalCase.ofPrompt("q" + i,
        question(i), List.of("Town" + i), "llm-judge",
        ScorerOptions.of(Map.of("judge", judge, "rubric", "Names the right town.")), "en"))
        .toList();
    return new Suite("capitals", "", cases, "llm-judge");
  }

  private EvalReport run(String candidate, String judge, ResponseCache cache, JudgePanel panel)
      throws InterruptedException {
    Scorers scorers = Scorers.standard().withJudge(panel.judge(cache));
    EvalRunner runner = EvalRunner.create(EvalSettings.defaults().withConcurrency(8).withSeed(3),
        scorers, cache, Map.of());
    try (var model = registry.create(candidate)) {
      return runner.run(List.of(new EvalModel("candidate", model)), List.of(suite(judge)),
          r -> {});
    }
  }

  private JudgePanel panel() {
    return JudgePanel.create(JudgeSettings.defaults(), registry::create,
        RetryPolicy.defaults().withMaxAttempts(2), 1);
  }

  /** A candidate with this accuracy graded by {@code judge}, uncached. */
  private EvalReport graded(String judge, double candidateAccuracy) throws InterruptedException {
    String candidate = server("candidate", candidateAccuracy, questionKeys());
    try (JudgePanel panel = panel()) {
      return run(candidate, judge, ResponseCache.none(), panel);
    }
  }

  @Test
  void judge_perfectSimulatedJudge_passesExactlyTheAnswersThatNameTheTown() throws Exception {
    String judge = server("judge", 1.0, judgeKeys());
    EvalReport report = graded(judge, 0.5);

    List<CaseResult> results = report.results();
    assertThat(results).hasSize(CASES).allSatisfy(r -> {
      assertThat(r.failed()).as(r.errorMessage()).isFalse();
      boolean right = r.response().contains("Town");
      assertThat(r.score().passed()).as(r.response()).isEqualTo(right);
      assertThat(r.score().value()).isEqualTo(right ? 0.9 : 0.1);
      assertThat(r.score().details()).containsEntry("judge", judge)
          .containsEntry("rubric", "Names the right town.").containsEntry("judge_cached", "false");
      assertThat(r.score().reason()).startsWith("judge " + judge + ": ");
    });
    long right = results.stream().filter(r -> r.response().contains("Town")).count();
    assertThat(right).as("the candidate is right about half the time").isBetween(15L, 45L);
    // both reply forms (JSON and Score:/Verdict: lines) were read
    assertThat(results).anySatisfy(r -> assertThat(r.score().details().get("judge_reply"))
        .startsWith("{")).anySatisfy(r -> assertThat(r.score().details().get("judge_reply"))
        .startsWith("Score:"));
    EvalResultRow row = StoredResults.row("run-1", results.getFirst());
    assertThat(row.detailsJson()).contains("\"judge\":\"" + judge + "\"")
        .contains("\"rubric\":\"Names the right town.\"");
  }

  @Test
  void judge_judgeWithProfileAccuracy_agreesWithTheTruthAboutThatOften() throws Exception {
    EvalReport report = graded(server("judge", 0.7, judgeKeys()), 0.5);

    long agree = report.results().stream()
        .filter(r -> r.score().passed() == r.response().contains("Town")).count();
    // 60 graded cases at accuracy 0.7: 42 expected; the 99.9 % binomial range is about 29..53
    assertThat(agree).isBetween(29L, 55L).isLessThan(CASES);
  }

  @Test
  void judge_rerunWithTheCache_makesNoJudgeCallsAndSaysSo() throws Exception {
    String candidate = server("candidate", 0.5, questionKeys());
    String judge = server("judge", 1.0, judgeKeys());
    Path file = tmp.resolve("cache.jsonl");
    List<CaseResult> first;
    try (JudgePanel panel = panel(); ResponseCache cache = ResponseCache.open(file)) {
      first = run(candidate, judge, cache, panel).results();
    }
    long judgeCalls = servers.get(1).models().getFirst().stats().requestsTotal();
    List<CaseResult> second;
    try (JudgePanel panel = panel(); ResponseCache cache = ResponseCache.open(file)) {
      second = run(candidate, judge, cache, panel).results();
    }

    assertThat(judgeCalls).isEqualTo(CASES);
    assertThat(servers.get(1).models().getFirst().stats().requestsTotal()).isEqualTo(CASES);
    assertThat(second).allSatisfy(r -> assertThat(r.score().details())
        .containsEntry("judge_cached", "true"));
    assertThat(second.stream().map(r -> r.score().value()).toList())
        .isEqualTo(first.stream().map(r -> r.score().value()).toList());
  }

  @Test
  void judge_judgeThatRepliesWithoutAGrade_recordsAJudgeErrorNotASilentZero() throws Exception {
    // a judge that answers with filler text, no grade
    EvalReport report = graded(server("rambler", 1.0, AnswerKeys.empty()), 1.0);

    assertThat(report.results()).allSatisfy(r -> {
      assertThat(r.errorClass()).isEqualTo("judge_error");
      assertThat(r.errorMessage()).contains("reply could not be read")
          .contains("no score or verdict");
      assertThat(r.response()).contains("Town"); // the model's answer is kept
    });
    assertThat(report.suites().getFirst().errors()).isEqualTo(CASES);
  }

  @Test
  void judge_unreachableJudge_isAJudgeErrorWithTheCallFailure() throws Exception {
    EvalReport report = graded("openai:judge@http://127.0.0.1:1/v1", 1.0);

    assertThat(report.results()).allSatisfy(r -> {
      assertThat(r.errorClass()).isEqualTo("judge_error");
      assertThat(r.errorMessage()).contains("call failed (connect)");
    });
  }

  @Test
  void read_yamlSuiteWithJudgeHeader_givesEveryJudgeCaseThatJudgeAndRubric() throws Exception {
    Path f = Files.writeString(tmp.resolve("judged.yaml"), """
        name: judged
        scorer: llm-judge
        judge: sim:instant
        rubric: Polite and correct.
        cases:
          - {id: a, prompt: "Say hi", expected: hi}
          - {id: b, prompt: "Say bye", expected: bye, options: {rubric: Short.}}
        """);
    Scorers scorers = Scorers.standard().withJudge(panel().judge(ResponseCache.none()));

    Suite s = SuiteReader.create(scorers).read(f);

    assertThat(s.cases().get(0).options().values())
        .containsEntry("judge", "sim:instant").containsEntry("rubric", "Polite and correct.");
    assertThat(s.cases().get(1).options().values()).containsEntry("rubric", "Short.");
  }

  @Test
  void read_judgeCaseWithoutAnyJudge_failsNamingTheLineAndTheWaysToGiveOne() throws Exception {
    Path f = Files.writeString(tmp.resolve("nojudge.jsonl"),
        "{\"id\": \"a\", \"prompt\": \"Hi\", \"expected\": \"hi\", \"scorer\": \"llm-judge\"}\n");
    Scorers scorers = Scorers.standard().withJudge(panel().judge(ResponseCache.none()));

    assertThatThrownBy(() -> SuiteReader.create(scorers).read(f))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("nojudge.jsonl:1:")
        .hasMessageContaining("needs a judge model: give --judge REF");
  }

  @Test
  void promptfoo_llmRubricWithAJudge_becomesAnLlmJudgeCaseWithThatRubric() throws Exception {
    Path f = Files.writeString(tmp.resolve("promptfooconfig.yaml"), """
        prompts: ['Describe {{animal}}']
        tests:
          - vars: {animal: cat}
            assert:
              - {type: llm-rubric, value: mentions whiskers, threshold: 0.7}
        """);
    Scorers scorers = Scorers.standard().withJudge(JudgePanel.create(
        JudgeSettings.defaults().withJudge("sim:instant"), registry::create,
        RetryPolicy.defaults(), 1).judge(ResponseCache.none()));

    LoadedDataset d = DatasetLoaders.standard().load("promptfoo:" + f, Map.of(), scorers);

    EvalCase c = d.suite().cases().getFirst();
    assertThat(d.warnings()).isEmpty();
    assertThat(c.scorer()).isEqualTo("llm-judge");
    assertThat(c.options().values()).containsEntry("rubric", "mentions whiskers")
        .containsEntry("threshold", 0.7);
  }

  @Test
  void judge_insideAllOf_judgeErrorStaysAnErrorWithTheJudgeDetails() {
    Scorers scorers = Scorers.standard().withJudge((response, c) -> Score.error("judge_error",
        "judge x reply could not be read", Map.of("judge", "sim:x")));
    EvalCase c = EvalCase.ofPrompt("a", "Hi", List.of(), "all-of", ScorerOptions.of(Map.of(
        "asserts", List.of(Map.of("scorer", "icontains", "expected", "hi"),
            Map.of("scorer", "llm-judge")))), "en");

    Score s = scorers.score("hi there", c);

    assertThat(s.errorClass()).isEqualTo("judge_error");
    assertThat(s.reason()).contains("icontains ok").contains("could not be read");
    assertThat(s.details()).containsEntry("judge", "sim:x");
  }

  @Test
  void open_badJudgeReference_failsBeforeAnyCall() {
    Suite s = suite("nosuch:model");
    try (JudgePanel panel = panel()) {
      assertThatThrownBy(() -> panel.open(List.of(s))).isInstanceOf(EvalException.class)
          .hasMessageContaining("judge model nosuch:model");
    }
  }
}
