package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BuiltInSuitesTest {

  @Test
  void names_listsTheSevenSuites() {
    assertThat(BuiltInSuites.NAMES).containsExactly("math-es", "nlu-es", "injection", "injection-benign",
        "consistency", "math-matrices", "long-context");
  }

  @Test
  void cases_everySuite_hasCasesWhoseIdsStartWithTheName() {
    for (String name : BuiltInSuites.NAMES) {
      var cases = BuiltInSuites.cases(name, 1, 5_000).toList();
      assertThat(cases).as(name).isNotEmpty().allMatch(c -> c.id().startsWith(name + "-"));
    }
  }

  @Test
  void cases_everySuite_hasAKeyForEveryCase() {
    SuiteAnswerKeys keys = SuiteAnswerKeys.builtIn();
    for (String name : BuiltInSuites.NAMES) {
      BuiltInSuites.cases(name, MatrixSuiteGenerator.DEFAULT_SEED, 5_000).forEach(c ->
          assertThat(keys.lookup(c.prompt())).as(c.id()).hasValueSatisfying(k -> assertThat(k.suite()).isEqualTo(name)));
    }
  }

  @Test
  void cases_unknownName_throwsListingTheNames() {
    assertThatThrownBy(() -> BuiltInSuites.cases("mmlu")).hasMessageContaining("long-context");
  }
}
