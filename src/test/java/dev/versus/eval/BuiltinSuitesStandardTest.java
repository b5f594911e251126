package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuiltinSuitesStandardTest {
  private final BuiltinSuites suites = BuiltinSuites.standard(Scorers.standard(), 2_000);

  @Test
  void standard_registersTheGeneratedSuitesNextToTheResources() {
    assertThat(suites.names()).contains("math-matrices", "long-context", "math-es", "nlu-es",
        "injection", "injection-benign", "consistency");
  }

  @Test
  void load_mathMatrices_isTheShippedSeedsSuiteWhoseKeysTheSimulatorHolds() {
    Suite matrices = suites.load("math-matrices");
    assertThat(matrices.size()).isEqualTo(3 * MatrixSuiteGenerator.DEFAULT_CASES_PER_OPERATION);
    assertThat(matrices.cases()).allSatisfy(c -> {
      assertThat(c.scorer()).isEqualTo("matrix");
      assertThat(SuiteAnswerKeys.builtIn().lookup(c.renderedMessages())).isPresent();
    });
  }

  @Test
  void load_longContext_fitsTheGivenWindowAndIsAnsweredFromItsOwnText() {
    Suite longContext = suites.load("long-context");
    assertThat(longContext.cases()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.scorer()).isEqualTo("contains");
      assertThat(c.tags()).anyMatch(t -> t.startsWith("tokens:"));
    });
    EvalCase direct = longContext.cases().getFirst();
    assertThat(SuiteAnswerKeys.builtIn().lookup(direct.renderedMessages()).orElseThrow().correct())
        .isEqualTo(direct.firstExpected());
  }
}
