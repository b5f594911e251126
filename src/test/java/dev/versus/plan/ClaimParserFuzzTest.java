package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random token soup: the parser either succeeds or throws ExpressionException with a column in range. */
class ClaimParserFuzzTest {
  private static final String[] PIECES = {
    "flash", "maverick", ".", "ttft", "p50", "score", "[nlu-es]", "[", "]", "@", "concurrency", "=",
    "64", "1s", "50ms", "40%", "0.5", "(", ")", "+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=",
    "and", "or", "not", "!", " ", "errors", "memory_bytes", "max", "e2e", "#", "1e", "1.2.3", "µs",
  };

  @Test
  void parse_randomInput_failsOnlyWithExpressionExceptionInsideTheText() {
    SplittableRandom random = new SplittableRandom(42);
    int parsed = 0;
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(1, 12);
      for (int j = 0; j < n; j++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      try {
        ClaimExpression.parse(text.toString());
        parsed++;
      } catch (ExpressionException e) {
        assertThat(e.column()).as(text.toString()).isBetween(1, text.length() + 1);
      }
    }
    assertThat(parsed).isLessThan(5000);
  }
}
