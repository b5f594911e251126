package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JudgeReplyTest {
  private static JudgeReply parse(String text) {
    return JudgeReply.parse(text, 10, 0.5);
  }

  @Test
  void parse_jsonObject_readsScoreVerdictAndReason() {
    JudgeReply r = parse("{\"score\": 8, \"verdict\": \"pass\", \"reason\": \"right answer\"}");

    assertThat(r).isEqualTo(new JudgeReply.Graded(0.8, true, "8/10 pass", "right answer"));
  }

  @Test
  void parse_jsonInFencedBlockAfterProse_isFound() {
    JudgeReply r = parse("Let me think.\n```json\n{\"score\": \"3/10\", \"verdict\": \"FAIL\"}\n```");

    assertThat(r).isInstanceOfSatisfying(JudgeReply.Graded.class, g -> {
      assertThat(g.value()).isEqualTo(0.3);
      assertThat(g.passed()).isFalse();
    });
  }

  @Test
  void parse_jsonPassBooleanWithoutScore_isAFullOrZeroGrade() {
    assertThat(parse("{\"pass\": true, \"reason\": \"ok\"}"))
        .isEqualTo(new JudgeReply.Graded(1.0, true, "pass", "ok"));
    assertThat(parse("{\"pass\": false}")).isEqualTo(new JudgeReply.Graded(0.0, false, "fail", ""));
  }

  @Test
  void parse_scoreLineWithoutVerdict_passesByThreshold() {
    assertThat(parse("The answer is close.\nScore: 6")).isInstanceOfSatisfying(
        JudgeReply.Graded.class, g -> {
          assertThat(g.value()).isEqualTo(0.6);
          assertThat(g.passed()).isTrue();
        });
    assertThat(parse("**Score:** 4")).isInstanceOfSatisfying(JudgeReply.Graded.class,
        g -> assertThat(g.passed()).isFalse());
  }

  @Test
  void parse_scoreOutOfAnotherScale_usesThatScale() {
    assertThat(parse("Score: 3/5\nVerdict: PASS")).isInstanceOfSatisfying(
        JudgeReply.Graded.class, g -> {
          assertThat(g.value()).isEqualTo(0.6);
          assertThat(g.passed()).isTrue();
          assertThat(g.verdict()).isEqualTo("3/5 pass");
        });
  }

  @Test
  void parse_spanishLinesWithDecimalComma_areRead() {
    assertThat(parse("Puntuación: 7,5\nVeredicto: aprobado")).isInstanceOfSatisfying(
        JudgeReply.Graded.class, g -> {
          assertThat(g.value()).isEqualTo(0.75);
          assertThat(g.passed()).isTrue();
        });
  }

  @Test
  void parse_verdictLineOnly_isAFullOrZeroGrade() {
    assertThat(parse("Verdict: FAIL")).isInstanceOfSatisfying(JudgeReply.Graded.class,
        g -> assertThat(g.value()).isZero());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "I think the response is quite good overall.",
      "{\"comment\": \"fine\"}", "Score: 15", "{\"score\": \"high\"}", "Verdict: maybe",
      "Score: -2"})
  void parse_unreadableReply_isUnusableWithAReason(String text) {
    assertThat(parse(text)).isInstanceOfSatisfying(JudgeReply.Unusable.class,
        u -> assertThat(u.why()).isNotBlank());
  }
}
