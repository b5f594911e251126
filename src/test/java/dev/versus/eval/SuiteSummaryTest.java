package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteSummaryTest {
  private final Scorers scorers = Scorers.standard();

  private static Suite labels(List<String> gold) {
    List<EvalCase> cases = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      cases.add(EvalCase.ofPrompt("c" + i, "classify", List.of(gold.get(i)), "label",
          ScorerOptions.of(Map.of("labels", List.of("pos", "neg", "neu"))), "en"));
    }
    return new Suite("nlu", "", cases, "label");
  }

  @Test
  void of_labelSuite_givesWilsonBootstrapAndMacroF1() {
    Suite suite = labels(List.of("pos", "pos", "neg", "neg", "neu"));
    List<String> responses = List.of("pos", "neg", "neg", "Label: neg", "neu");
    List<Score> scores = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      scores.add(scorers.score(responses.get(i), suite.cases().get(i)));
    }
    SuiteSummary s = SuiteSummary.of(suite, scores, 0.95, 1);
    assertThat(s.passRate().estimate()).isEqualTo(0.8);
    assertThat(s.passRate().low()).isCloseTo(Stats.wilson(4, 5, 0.95).low(), within(1e-12));
    assertThat(s.meanScore().estimate()).isEqualTo(0.8);
    // pos: F1 2/3, neg: 4/5, neu: 1
    assertThat(s.macroF1().orElseThrow().estimate())
        .isCloseTo((2.0 / 3 + 0.8 + 1) / 3, within(1e-12));
  }

  @Test
  void compare_binaryScores_usesMcNemarElseBootstrap() {
    List<Score> a = new ArrayList<>();
    List<Score> b = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      a.add(i < 18 ? Score.pass("", "") : Score.fail("", ""));
      b.add(i < 8 ? Score.pass("", "") : Score.fail("", ""));
    }
    Verdict v = Stats.compare(a, b, 0.05, 3);
    assertThat(v.method()).isEqualTo("exact McNemar");
    assertThat(v.winner()).isEqualTo(Verdict.Winner.A_BETTER);
    List<Score> graded = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      graded.add(Score.graded(0.5, 0.5, "", ""));
    }
    assertThat(Stats.compare(graded, b, 0.05, 3).method()).isEqualTo("paired bootstrap");
  }
}
