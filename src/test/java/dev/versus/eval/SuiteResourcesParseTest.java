package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuiteResourcesParseTest {

  private static final String GOOD =
      "{\"id\":\"x-1\",\"prompt\":\"2+2?\",\"expected\":\"4\",\"scorer\":\"number\",\"lang\":\"en\",\"tags\":[\"t\"]}";

  @Test
  void parseCases_validLinesAndBlankLines_readsEveryCase() {
    assertThat(SuiteResources.parseCases("mem.jsonl", GOOD + "\n\n" + GOOD.replace("x-1", "x-2")))
        .extracting(GeneratedCase::id).containsExactly("x-1", "x-2");
  }

  @Test
  void parseCases_brokenJson_namesSourceAndLine() {
    assertThatThrownBy(() -> SuiteResources.parseCases("mem.jsonl", GOOD + "\n{\"id\": "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mem.jsonl line 2")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void parseCases_missingField_namesLineAndField() {
    assertThatThrownBy(() -> SuiteResources.parseCases("mem.jsonl", GOOD.replace("\"scorer\":\"number\",", "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mem.jsonl line 1")
        .hasMessageContaining("'scorer'");
  }

  @Test
  void parseCases_expectedObject_isRejectedWithTheExpectedShape() {
    assertThatThrownBy(() -> SuiteResources.parseCases("mem.jsonl", GOOD.replace("\"4\"", "{\"a\":1}")))
        .hasMessageContaining("'expected' must be a string or an array");
  }
}
