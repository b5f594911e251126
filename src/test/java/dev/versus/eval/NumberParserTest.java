package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "42|42",
    "1,234.5|1234.5",
    "1,234,567|1234567",
    "1,234|1234",
    "3.5|3.5",
    "$1,234.50|1234.5",
    "-3|-3",
    "\u22123|-3",
    "-$5|-5",
    "$-5|-5",
    "3/4|0.75",
    "50%|50",
    "12 %|12",
    "€80|80",
    "0|0",
  })
  void parse_english_readsValue(String text, double expected) {
    assertThat(NumberParser.parse(text, "en").getAsDouble()).isCloseTo(expected, within(1e-9));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1.234,5|1234.5",
    "1.234.567|1234567",
    "1.234|1234",
    "3,5|3.5",
    "80 000|80000",
    "$80 000|80000",
    "80\u00A0000|80000",
    "80\u202F000|80000",
    "1 234 567,25|1234567.25",
    "\u22121.234,5|-1234.5",
    "70000|70000",
  })
  void parse_spanish_readsValue(String text, double expected) {
    assertThat(NumberParser.parse(text, "es").getAsDouble()).isCloseTo(expected, within(1e-9));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "forty-two|42",
    "twenty one|21",
    "one hundred and five|105",
    "a hundred|100",
    "two thousand three hundred|2300",
    "zero|0",
    "nineteen|19",
    "cuarenta y dos|42",
    "veintiuno|21",
    "dieciséis|16",
    "cien|100",
    "ciento veinte|120",
    "quinientos|500",
    "mil doscientos|1200",
    "dos mil|2000",
    "tres millones|3000000",
  })
  void parse_words_readsValue(String text, double expected) {
    assertThat(NumberParser.parse(text, "en").getAsDouble()).isEqualTo(expected);
  }

  @Test
  void parse_garbage_isEmpty() {
    assertThat(NumberParser.parse("", "en")).isEqualTo(OptionalDouble.empty());
    assertThat(NumberParser.parse("banana", "en")).isEqualTo(OptionalDouble.empty());
    assertThat(NumberParser.parse("12 apples and 3 pears", "en")).isEmpty();
    assertThat(NumberParser.parse("3/0", "en")).isEmpty();
  }

  @Test
  void findAll_mixedText_findsEveryNumberInOrder() {
    var found = NumberParser.findAll("16 - 3 - 4 = 9 eggs at $2 each, total $1,234.50", "en");
    assertThat(found).extracting(NumberParser.Found::value)
        .containsExactly(16.0, 3.0, 4.0, 9.0, 2.0, 1234.5);
  }

  @Test
  void findAll_digitsInsideWords_areNotNumbers() {
    assertThat(NumberParser.findAll("H2O and mp3", "en")).isEmpty();
  }

  @Test
  void findAll_percent_isFlagged() {
    assertThat(NumberParser.findAll("up 150 %", "es").get(0).percent()).isTrue();
  }
}
