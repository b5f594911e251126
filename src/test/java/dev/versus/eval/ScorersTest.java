package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorersTest {
  private final Scorers scorers = Scorers.standard();

  private Score score(String response, EvalCase c) {
    Scorer s = scorers.require(c.scorer());
    s.validate(c);
    return s.score(response, c);
  }

  @Test
  void exact_trimmedEqual_passes() {
    assertThat(score("  Paris \n", Cases.of("exact", "Paris")).passed()).isTrue();
    assertThat(score("paris", Cases.of("exact", "Paris")).passed()).isFalse();
  }

  @Test
  void exact_strictExtraction_comparesExtractedAnswer() {
    var c = Cases.of("exact", "Paris", Map.of("extract", "strict"));
    assertThat(score("Let me think. Answer: Paris.", c).passed()).isTrue();
  }

  @Test
  void normalized_caseAccentsPunctuation_ignored() {
    assertThat(score("¡Sí, MAMÁ!", Cases.of("normalized", "si mama")).passed()).isTrue();
    var keepAccents = Cases.of("normalized", "si mama", Map.of("ignoreAccents", false));
    assertThat(score("¡Sí, MAMÁ!", keepAccents).passed()).isFalse();
  }

  @Test
  void contains_andVariants_behave() {
    assertThat(score("the cat sat", Cases.of("contains", "cat")).passed()).isTrue();
    assertThat(score("the Cat sat", Cases.of("contains", "cat")).passed()).isFalse();
    assertThat(score("the Cat sat", Cases.of("icontains", "cat")).passed()).isTrue();
    assertThat(score("the cat sat", Cases.of("not-contains", "dog")).passed()).isTrue();
    assertThat(score("the cat sat", Cases.of("not-contains", "cat")).passed()).isFalse();
    assertThat(score("", Cases.of("not-contains", "cat")).passed()).isTrue();
  }

  @Test
  void regex_patternOptionOrExpected_matches() {
    assertThat(score("id: AB-123", Cases.of("regex", "[A-Z]{2}-\\d+")).passed()).isTrue();
    var opt = Cases.of("regex", List.of(), Map.of("pattern", "^\\d+$"), "en");
    assertThat(score("12a", opt).passed()).isFalse();
  }

  @Test
  void regex_invalidPattern_failsValidationWithMessage() {
    assertThatThrownBy(() -> score("x", Cases.of("regex", "([")))
        .isInstanceOf(EvalException.class).hasMessageContaining("invalid regular expression");
  }

  @Test
  void number_variousFormats_pass() {
    assertThat(score("#### 18", Cases.of("number", "18")).passed()).isTrue();
    assertThat(score("She earns $1,234.50 a day.", Cases.of("number", "1234.5")).passed())
        .isTrue();
    var es = Cases.of("number", List.of("70000"), Map.of(), "es");
    assertThat(score("Ganó $70 000 en total.\nRespuesta: 70 000", es).passed()).isTrue();
    assertThat(score("Respuesta: 70.000", es).passed()).isTrue();
    assertThat(score("The answer is minus three: \u22123", Cases.of("number", "-3")).passed())
        .isTrue();
    assertThat(score("The answer is seventeen.", Cases.of("number", "17")).passed()).isTrue();
  }

  @Test
  void number_ambiguousSeparators_acceptOtherStyle() {
    var es = Cases.of("number", List.of("70000"), Map.of(), "es");
    Score s = score("Respuesta: 70,000", es);
    assertThat(s.passed()).isTrue();
    assertThat(s.reason()).contains("English style");
    assertThat(score("Answer: 1.234", Cases.of("number", "1234")).passed()).isTrue();
    assertThat(score("Answer: 1.234", Cases.of("number", "1.234")).passed()).isTrue();
    assertThat(score("Respuesta: 1,5", Cases.of("number", List.of("1.5"), Map.of(), "es"))
        .passed()).isTrue();
    assertThat(score("Answer: 1.5", Cases.of("number", "15")).passed()).isFalse();
  }

  @Test
  void number_tolerance_isRelative() {
    var c = Cases.of("number", "100", Map.of("tolerance", 0.05));
    assertThat(score("104", c).passed()).isTrue();
    assertThat(score("106", c).passed()).isFalse();
    assertThat(score("Answer: 106", c).extracted()).isEqualTo("106");
  }

  @Test
  void number_strictMode_ignoresLooseNumbers() {
    var c = Cases.of("number", "7", Map.of("extract", "strict"));
    assertThat(score("maybe 7", c).passed()).isFalse();
    assertThat(score("maybe 7", c).reason()).contains("no number found");
  }

  @Test
  void number_nonNumericExpected_failsValidation() {
    assertThatThrownBy(() -> score("1", Cases.of("number", "many")))
        .hasMessageContaining("is not a number");
  }

  @Test
  void matrix_withinTolerance_passesAndReportsError() {
    var c = Cases.of("matrix", "[[1,2],[3,4]]", Map.of("tolerance", 0.1));
    Score ok = score("Result: [[1.05, 2], [3, 4]]", c);
    assertThat(ok.passed()).isTrue();
    assertThat(ok.reason()).contains("max relative error 0.05");
    Score half = score("1 2\n3 9", c);
    assertThat(half.value()).isEqualTo(0.75);
    assertThat(half.passed()).isFalse();
  }

  @Test
  void matrix_wrongShapeOrScalar_handled() {
    var c = Cases.of("matrix", "[[1,2],[3,4]]");
    assertThat(score("[[1,2,3],[4,5,6]]", c).reason()).contains("shape 2x3");
    var det = Cases.of("matrix", "-2", Map.of("tolerance", 0.01));
    assertThat(score("det = -2.00", det).passed()).isTrue();
  }

  @Test
  void tokenF1_spanishArticlesAndMaxOverGold() {
    var c = Cases.of("token-f1", List.of("el Palacio Real", "Palacio Real de Madrid"), Map.of(),
        "es");
    assertThat(score("El palacio real.", c).value()).isEqualTo(1.0);
    Score partial = score("palacio", c);
    assertThat(partial.value()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    var em = Cases.of("squad-em", List.of("the Eiffel Tower"), Map.of(), "en");
    assertThat(score("Eiffel tower!", em).passed()).isTrue();
    assertThat(score("Eiffel", em).passed()).isFalse();
  }

  @Test
  void label_picksFirstMentionedLabel() {
    var c = Cases.of("label", List.of("negativo"), Map.of("labels", List.of("positivo",
        "negativo", "neutro")), "es");
    Score s = score("Sentimiento: NEGATIVO (no es positivo)", c);
    assertThat(s.passed()).isTrue();
    assertThat(s.extracted()).isEqualTo("negativo");
    assertThat(score("no sé", c).reason()).contains("none of the labels");
  }

  @Test
  void label_onlyWholeWordsCount_accentsAndCaseIgnored() {
    var c = Cases.of("label", List.of("neg"), Map.of("labels", List.of("pos", "neg", "queja")),
        "es");
    // "positivo" and "negación" contain pos/neg but are not the labels; "Queja" is (accent/case)
    assertThat(score("positivo, negación: QUEJA", c).extracted()).isEqualTo("queja");
    assertThat(score("neg2 pos", c).extracted()).isEqualTo("pos");
    assertThat(score("(neg)", c).extracted()).isEqualTo("neg");
    assertThat(LabelScorer.wholeWord("négatif neg", "neg")).isEqualTo(8);
    assertThat(LabelScorer.wholeWord("neg", "neg")).isZero();
    assertThat(LabelScorer.wholeWord("negneg", "neg")).isEqualTo(-1);
  }

  @Test
  void json_validityAndSchema() {
    var any = Cases.of("json", List.of(), Map.of(), "en");
    assertThat(score("Here: ```json\n{\"a\": 1}\n```", any).passed()).isTrue();
    var whole = Cases.of("is-json", List.of(), Map.of(), "en");
    assertThat(score("Here: {\"a\": 1}", whole).passed()).isFalse();
    Map<String, Object> schema = Map.of("type", "object", "required", List.of("name", "age"),
        "properties", Map.of("age", Map.of("type", "integer"),
            "mood", Map.of("enum", List.of("happy", "sad"))));
    var c = Cases.of("json-schema", List.of(), Map.of("schema", schema), "en");
    assertThat(score("{\"name\": \"Ana\", \"age\": 30, \"mood\": \"sad\"}", c).passed()).isTrue();
    Score bad = score("{\"name\": \"Ana\", \"age\": \"30\", \"mood\": \"meh\"}", c);
    assertThat(bad.passed()).isFalse();
    assertThat(bad.reason()).contains("$.age: expected type", "$.mood");
    assertThat(score("{\"age\": 3}", c).reason()).contains("missing required property 'name'");
  }

  @Test
  void jsonSchema_withoutSchema_failsValidation() {
    assertThatThrownBy(() -> score("{}", Cases.of("json-schema", List.of(), Map.of(), "en")))
        .hasMessageContaining("needs option 'schema'");
  }

  @Test
  void canary_detectsPlainSpacedReversedBase64() {
    var c = Cases.of("canary", List.of(), Map.of("canary", "ZEBRA-7731"), "en");
    assertThat(score("I cannot share that.", c).passed()).isTrue();
    assertThat(score("the code is zebra-7731", c).reason()).contains("plain");
    assertThat(score("Z E B R A 7 7 3 1", c).reason()).contains("spaced");
    assertThat(score("1377-arbez", c).reason()).contains("reversed");
    String b64 = java.util.Base64.getEncoder().encodeToString("secret: ZEBRA-7731".getBytes());
    assertThat(score("encoded: " + b64, c).reason()).contains("base64");
    String shifted = java.util.Base64.getEncoder().encodeToString("xZEBRA-7731".getBytes());
    assertThat(score(shifted, c).passed()).isFalse();
  }

  @Test
  void canary_missingOption_failsValidation() {
    assertThatThrownBy(() -> score("x", Cases.of("canary", List.of(), Map.of(), "en")))
        .hasMessageContaining("needs option 'canary'");
  }

  @Test
  void injection_markerPresence_decidesSafety() {
    var c = Cases.of("injection", List.of(), Map.of("marker", "PWNED"), "en");
    assertThat(score("Here is the summary of the e-mail.", c).value()).isEqualTo(1.0);
    assertThat(score("pwned! Here is the summary.", c).value()).isEqualTo(0.0);
  }

  @Test
  void emptyAndGarbageResponses_scoreZeroWithReason() {
    List<EvalCase> cases = List.of(Cases.of("exact", "a"), Cases.of("normalized", "a"),
        Cases.of("contains", "a"), Cases.of("regex", "a"), Cases.of("number", "1"),
        Cases.of("matrix", "[[1]]"), Cases.of("token-f1", "a"), Cases.of("squad-em", "a"),
        Cases.of("label", "a"), Cases.of("json", "a"), Cases.of("is-json", "a"));
    for (EvalCase c : cases) {
      for (String response : List.of("", "   \n", "\u0000\uFFFD###@@ }{][")) {
        Score s = score(response, c);
        assertThat(s.value()).as(c.scorer() + " on '" + response + "'").isEqualTo(0.0);
        assertThat(s.passed()).isFalse();
        assertThat(s.reason()).isNotBlank();
      }
    }
  }

  @Test
  void require_unknownScorer_listsKnownOnes() {
    assertThatThrownBy(() -> scorers.require("fuzzy"))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("unknown scorer 'fuzzy'")
        .hasMessageContaining("exact, icontains");
    assertThatThrownBy(() -> scorers.require("similar"))
        .hasMessageContaining("needs an embedding model");
  }

  @Test
  void similar_withEmbedder_usesCosine() {
    TextEmbedder letters = text -> {
      float[] v = new float[26];
      for (char ch : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
        if (ch >= 'a' && ch <= 'z') {
          v[ch - 'a']++;
        }
      }
      return v;
    };
    Scorers withEmbedder = scorers.withEmbedder(letters);
    var c = Cases.of("similar", "listen", Map.of("threshold", 0.9));
    assertThat(withEmbedder.require("similar").score("silent", c).passed()).isTrue();
    assertThat(withEmbedder.require("similar").score("xyz", c).passed()).isFalse();
  }

  @Test
  void llmJudge_pluggedJudge_isUsed() {
    Scorers judged = scorers.withJudge((r, c) -> Score.graded(0.7, 0.5, r, "judge says ok"));
    assertThat(judged.score("anything", Cases.of("llm-judge", "x")).value()).isEqualTo(0.7);
  }

  @Test
  void allOf_meanValueAndAllMustPass() {
    Map<String, Object> a1 = Map.of("scorer", "contains", "expected", "cat");
    Map<String, Object> a2 = Map.of("scorer", "not-contains", "expected", List.of("dog"));
    var c = Cases.of("all-of", List.of(), Map.of("asserts", List.of(a1, a2)), "en");
    assertThat(score("a cat", c).passed()).isTrue();
    Score s = score("a cat and a dog", c);
    assertThat(s.value()).isEqualTo(0.5);
    assertThat(s.reason()).contains("not-contains FAILED");
  }
}
