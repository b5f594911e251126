package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerExtractionTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'She sells 9 eggs at $2.\n#### 18'|18",
    "'Answer: 42'|42",
    "'**Final answer:** 1.234'|1234",
    "'Lo calculamos: 3 + 4 = 7.\nRespuesta: 7'|7",
    "'La respuesta es 80 000.'|80000",
    "'The answer is forty-two.'|42",
    "'la respuesta es cuarenta y dos'|42",
    "'Thus \\boxed{12} is it, not 13.'|12",
    "'\\boxed{\\frac{3}{4}} hmm 3/4'|3",
    "'Respuesta: \u22123'|-3",
    "'Answer: 10\nWait, recheck.\nAnswer: 12'|12",
  })
  void strictNumber_explicitFormat_extracts(String response, double expected) {
    assertThat(AnswerExtraction.strictNumber(response, "es").getAsDouble()).isEqualTo(expected);
  }

  @Test
  void strictNumber_commaThousands_readByLanguage() {
    assertThat(AnswerExtraction.strictNumber("Answer: 1,234", "en").getAsDouble()).isEqualTo(1234);
    assertThat(AnswerExtraction.strictNumber("Respuesta: 1,5", "es").getAsDouble()).isEqualTo(1.5);
  }

  @Test
  void strict_noExplicitFormat_isEmpty() {
    assertThat(AnswerExtraction.strict("I think it is 42 or so")).isEmpty();
    assertThat(AnswerExtraction.strictNumber("I think it is 42", "en")).isEmpty();
  }

  @Test
  void strict_answerText_trimsMarkupAndPeriod() {
    assertThat(AnswerExtraction.strict("Answer: **Paris**.")).contains("Paris");
  }

  @Test
  void flexibleNumber_lastNumberWins() {
    assertThat(AnswerExtraction.flexibleNumber("5 + 6 = 11, so 11 apples; 12 was wrong", "en")
        .getAsDouble()).isEqualTo(12);
  }

  @Test
  void flexibleNumber_onlyWords_usesWords() {
    assertThat(AnswerExtraction.flexibleNumber("She has twenty-one left.", "en").getAsDouble())
        .isEqualTo(21);
  }

  @Test
  void number_autoMode_prefersStrictOverLastNumber() {
    String r = "#### 18\n(checked with 3 examples)";
    assertThat(AnswerExtraction.number(r, ExtractionMode.AUTO, "en").getAsDouble()).isEqualTo(18);
    assertThat(AnswerExtraction.number(r, ExtractionMode.FLEXIBLE, "en").getAsDouble())
        .isEqualTo(3);
  }

  @Test
  void number_emptyOrGarbage_isEmpty() {
    for (ExtractionMode mode : ExtractionMode.values()) {
      assertThat(AnswerExtraction.number("", mode, "en")).isEmpty();
      assertThat(AnswerExtraction.number("\u0000\u00ff@@!!", mode, "en")).isEmpty();
    }
  }

  @Test
  void extractionMode_unknownName_listsModes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractionMode.parse("loose"))
        .hasMessageContaining("strict, flexible, auto");
  }
}
