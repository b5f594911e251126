package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinSuitesTest {
  private final Scorers scorers = Scorers.standard();

  @Test
  void load_classpathResource_parsesJsonl() {
    Suite s = BuiltinSuites.create(scorers).load("evalcore-sample");
    assertThat(s.cases()).hasSize(3);
    assertThat(s.cases().get(2).options().string("canary")).contains("ZEBRA-7731");
    assertThat(scorers.score("Answer: 42", s.cases().get(0)).passed()).isTrue();
  }

  @Test
  void withGenerated_factorySuite_isListedAndLoaded() {
    Suite generated = new Suite("math-matrices", "generated", List.of(
        EvalCase.ofPrompt("m1", "det [[1,2],[3,4]]?", List.of("-2"), "matrix",
            ScorerOptions.empty(), "en")), "matrix");
    BuiltinSuites suites = BuiltinSuites.create(scorers).withGenerated("math-matrices",
        () -> generated);
    assertThat(suites.names()).contains("math-matrices");
    assertThat(suites.load("math-matrices")).isSameAs(generated);
  }

  @Test
  void load_unknownName_listsAvailable() {
    BuiltinSuites suites = BuiltinSuites.create(scorers).withGenerated("long-context",
        () -> { throw new AssertionError("not called"); });
    assertThatThrownBy(() -> suites.load("nope"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("unknown built-in suite 'nope', expected one of")
        .hasMessageContaining("long-context");
    assertThat(suites.find("../etc/passwd")).isEmpty();
  }
}
