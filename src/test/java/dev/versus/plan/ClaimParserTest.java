package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimParserTest {

  @Test
  void parse_percentileComparison_buildsCompareOfTwoFigures() {
    ClaimExpression c = ClaimExpression.parse("flash.ttft.p50 < maverick.ttft.p50");

    Expr.Compare compare = (Expr.Compare) c.expr();
    assertThat(compare.op()).isEqualTo(Expr.CompareOp.LT);
    assertThat(compare.column()).isEqualTo(16);
    assertThat(((Expr.Figure) compare.left()).ref())
        .isEqualTo(new FigureRef("flash", "ttft", Stat.P50, "", Selector.RUN));
  }

  @Test
  void parse_everyFigureForm_namesRoundTrip() {
    ClaimExpression c =
        ClaimExpression.parse(
            "maverick.output_tokens_per_second@concurrency=64 > 0 and flash.score[nlu-es] > 0"
                + " and flash.errors[backend_crash]@concurrency=512 > 0"
                + " and flash.memory_bytes.max > 1GB and flash.max_concurrency_within_slo >= 64"
                + " and maverick.cost_per_1k_requests > 0 and flash.goodput@rate=2.5 > 0");

    assertThat(c.figures()).extracting(f -> f.ref().name())
        .containsExactly(
            "maverick.output_tokens_per_second@concurrency=64", "flash.score[nlu-es]",
            "flash.errors[backend_crash]@concurrency=512", "flash.memory_bytes.max",
            "flash.max_concurrency_within_slo", "maverick.cost_per_1k_requests",
            "flash.goodput@rate=2.5");
  }

  @Test
  void parse_precedence_multiplicationBindsTighterThanComparisonAndAndTighterThanOr() {
    ClaimExpression c =
        ClaimExpression.parse(
            "flash.errors > 0 or flash.e2e.p50 < 2 * maverick.e2e.p50 - 1s and not flash.errors > 3");

    assertThat(c.canonical())
        .isEqualTo(
            "flash.errors > 0 or flash.e2e.p50 < 2 * maverick.e2e.p50 - 1s and not flash.errors > 3");
    Expr.Logic or = (Expr.Logic) c.expr();
    assertThat(or.op()).isEqualTo(Expr.LogicOp.OR);
    assertThat(((Expr.Logic) or.right()).op()).isEqualTo(Expr.LogicOp.AND);
  }

  @Test
  void parse_parentheses_overridePrecedence() {
    ClaimExpression c = ClaimExpression.parse("(flash.e2e.p50 - maverick.e2e.p50) / 2 > -(10ms)");

    assertThat(c.canonical()).isEqualTo("(flash.e2e.p50 - maverick.e2e.p50) / 2 > -10ms");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "50ms | 0.05 | SECONDS",
        "1s | 1 | SECONDS",
        "2min | 120 | SECONDS",
        "40% | 0.4 | RATIO",
        "4GiB | 4294967296 | BYTES",
        "1.5GB | 1500000000 | BYTES",
        "18_000 | 18000 | NUMBER",
        "2.5e3 | 2500 | NUMBER",
      })
  void parse_numberWithUnit_convertsToBaseUnit(String literal, double value, Unit unit) {
    Expr.Compare c = (Expr.Compare) ClaimExpression.parse(literal + " == " + literal).expr();

    Expr.Num num = (Expr.Num) c.right();
    assertThat(num.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(num.unit()).isEqualTo(unit);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // expression | column | message fragment
        "flash.ttf.p50 < 1s | 7 | unknown metric 'ttf'",
        "flash.ttft < 1s | 12 | ttft needs a statistic",
        "flash.ttft.p51 < 1s | 12 | unknown statistic 'p51'",
        "flash.score > 0.5 | 13 | score needs a suite in brackets",
        "flash.cost_per_1k_requests[x] > 0 | 27 | takes no argument",
        "flash.score[nlu-es]@concurrency=8 > 0.5 | 20 | measured over the whole run",
        "flash.e2e.p50@concurrency=0 > 1s | 27 | whole number of 1 or more",
        "flash.e2e.p50@load=8 > 1s | 15 | expected concurrency or rate",
        "flash.e2e.p50 < 1 | 15 | write the unit",
        "flash.e2e.p50 < 1qs | 18 | unknown unit 'qs'",
        "flash.e2e.p50 < maverick.memory_bytes.max | 15 | cannot compare a time and a size in bytes",
        "flash.e2e.p50 * maverick.e2e.p50 > 1s | 15 | cannot multiply",
        "flash.e2e.p50 | 1 | must be a condition",
        "flash.e2e.p50 < 1s < 2s | 20 | do not chain",
        "flash.e2e.p50 = 1s | 15 | write == to compare",
        "(flash.e2e.p50 < 1s | 20 | ')' to close the '(' at column 1",
        "flash < 1s | 7 | expected '.' and a metric",
        "flash.e2e.p50 < 1s and | 23 | expected a figure",
        "flash.e2e.p50 < 1s # x | 20 | unexpected character '#'",
        "flash.score[nlu-es > 0 | 12 | never closed",
        "\"\" | 1 | empty",
      })
  void parse_invalid_reportsColumn(String text, int column, String message) {
    assertThatThrownBy(() -> ClaimExpression.parse(text))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.problem()).contains(message);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.getMessage()).startsWith("column " + column + ": ");
            });
  }

  @Test
  void parse_notOfNumber_isRejectedAtTheNumber() {
    assertThatThrownBy(() -> ClaimExpression.parse("not flash.errors"))
        .isInstanceOfSatisfying(
            ExpressionException.class, e -> assertThat(e.column()).isEqualTo(5));
  }
}
