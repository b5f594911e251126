package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonExtractionTest {
  @Test
  void first_jsonInProse_findsObject() {
    var node = JsonExtraction.first("Sure! Here it is: {\"a\": 1, \"b\": \"x}\"} Hope it helps.");
    assertThat(node).isPresent();
    assertThat(node.get().path("b").asText()).isEqualTo("x}");
  }

  @Test
  void first_fencedBlock_findsIt() {
    String r = "Result:\n```json\n[1, 2, {\"k\": true}]\n```\nDone.";
    assertThat(JsonExtraction.first(r).orElseThrow().size()).isEqualTo(3);
  }

  @Test
  void first_brokenThenValid_skipsBroken() {
    assertThat(JsonExtraction.first("{not json} then {\"ok\": 1}").orElseThrow().has("ok"))
        .isTrue();
  }

  @Test
  void first_noJson_isEmpty() {
    assertThat(JsonExtraction.first("")).isEmpty();
    assertThat(JsonExtraction.first("just 42")).isEmpty();
    assertThat(JsonExtraction.first("{ unbalanced")).isEmpty();
  }

  @Test
  void isJson_trailingText_isFalse() {
    assertThat(JsonExtraction.isJson("{\"a\":1}")).isTrue();
    assertThat(JsonExtraction.isJson("{\"a\":1} trailing")).isFalse();
    assertThat(JsonExtraction.isJson("  ")).isFalse();
  }
}
