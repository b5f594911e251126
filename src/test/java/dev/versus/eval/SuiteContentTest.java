package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuiteContentTest {

  @Test
  void names_listsTheSevenSuites() {
    assertThat(SuiteContent.NAMES).containsExactly("math-es", "nlu-es", "injection", "injection-benign",
        "consistency", "math-matrices", "long-context");
  }

  @Test
  void cases_everySuite_hasCasesWhoseIdsStartWithTheName() {
    for (String name : SuiteContent.NAMES) {
      var cases = SuiteContent.cases(name, 1, 5_000).toList();
      assertThat(cases).as(name).isNotEmpty().allMatch(c -> c.id().startsWith(name + "-"));
    }
  }

  @Test
  void cases_everySuite_hasAKeyForEveryCase() {
    SuiteAnswerKeys keys = SuiteAnswerKeys.builtIn();
    for (String name : SuiteContent.NAMES) {
      SuiteContent.cases(name, MatrixSuiteGenerator.DEFAULT_SEED, 5_000).forEach(c ->
          assertThat(keys.lookup(c.prompt())).as(c.id()).hasValueSatisfying(k -> assertThat(k.suite()).isEqualTo(name)));
    }
  }

  @Test
  void cases_unknownName_throwsListingTheNames() {
    assertThatThrownBy(() -> SuiteContent.cases("mmlu")).hasMessageContaining("long-context");
  }
}
