package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
  private static final Scorers SCORERS = Scorers.standard();
  private static final EvalModel A = new EvalModel("a", new EvalRunnerTest.ScriptedProvider(r -> null));
  private static final EvalModel B = new EvalModel("b", new EvalRunnerTest.ScriptedProvider(r -> null));

  private static Suite suite(String scorer, int n) {
    List<EvalCase> cases = IntStream.range(0, n).mapToObj(i -> EvalCase.ofPrompt("c" + i, "q" + i,
        List.of(i % 2 == 0 ? "yes" : "no"), scorer,
        scorer.equals("label") ? ScorerOptions.of(Map.of("labels", List.of("yes", "no")))
            : ScorerOptions.empty(), "en")).toList();
    return new Suite("s-" + scorer, "", cases, scorer);
  }

  /** Results ordered by model, case, repeat; {@code right} says which (case × repeats + repeat) pass. */
  private static List<CaseResult> results(Suite suite, EvalModel model, int repeats, IntPredicate right) {
    List<CaseResult> out = new ArrayList<>();
    for (int c = 0; c < suite.size(); c++) {
      EvalCase ec = suite.cases().get(c);
      for (int r = 0; r < repeats; r++) {
        String answer = right.test(c * repeats + r) ? ec.firstExpected()
            : ec.firstExpected().equals("yes") ? "no" : "yes";
        out.add(new CaseResult(suite.name(), ec.id(), model.key(), r, ec.scorer(), "q", "", answer,
            SCORERS.score(answer, ec), 1_000_000, Usage.server(10, 1, 0), 0.5, r == 1, 1, "", ""));
      }
    }
    return out;
  }

  @Test
  void build_labelSuite_reportsMacroF1AndAPairedVerdict() {
    Suite s = suite("label", 100);
    List<CaseResult> ordered = new ArrayList<>(results(s, A, 1, i -> true));
    ordered.addAll(results(s, B, 1, i -> i % 2 == 0));
    EvalReport report = ReportBuilder.build(List.of(A, B), List.of(s), ordered, EvalSettings.defaults());

    SuiteResult a = report.find("a", s.name()).orElseThrow();
    assertThat(a.metric()).isEqualTo("macro_f1");
    assertThat(a.score().estimate()).isEqualTo(1.0);
    assertThat(report.find("b", s.name()).orElseThrow().summary().passRate().estimate()).isEqualTo(0.5);
    PairResult pair = report.pairs().getFirst();
    assertThat(pair.verdict().method()).isEqualTo("exact McNemar");
    assertThat(pair.better()).isEqualTo("a");
    assertThat(pair.verdict().difference().estimate()).isEqualTo(0.5);
  }

  @Test
  void build_repeats_bootstrapOverCasesAndMeasureConsistency() {
    Suite s = suite("exact", 40);
    // case c passes on both repeats when c is even, on one repeat when c is odd
    List<CaseResult> ordered = results(s, A, 2, i -> (i / 2) % 2 == 0 || i % 2 == 0);
    EvalReport report = ReportBuilder.build(List.of(A), List.of(s), ordered,
        EvalSettings.defaults().withRepeats(2));

    SuiteResult a = report.find("a", s.name()).orElseThrow();
    assertThat(a.metric()).isEqualTo("accuracy");
    assertThat(a.cases()).isEqualTo(40);
    assertThat(a.results()).isEqualTo(80);
    assertThat(a.score().estimate()).isEqualTo(0.75);
    assertThat(a.score().low()).isLessThan(0.75);
    assertThat(a.consistency().orElseThrow().allAgreeRate()).isEqualTo(0.5);
    // repeat 1 is marked cached: 40 cached, latency only from the 40 calls made, spent half of cost
    assertThat(a.cached()).isEqualTo(40);
    assertThat(a.latency().count()).isEqualTo(40);
    assertThat(a.costUsd()).isEqualTo(40.0);
    assertThat(a.spentUsd()).isEqualTo(20.0);
  }
}
