package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.Message;
import dev.versus.eval.AnswerEntry;
import dev.versus.eval.SuiteResources;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.KeyedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimAnswersTest {
  private final AnswerKeys keys = SimAnswers.builtIn();

  private static List<Message> messagesOf(String suite, int index) {
    var c = SuiteResources.cases(suite).get(index);
    return c.system().isEmpty()
        ? List.of(Message.user(c.prompt()))
        : List.of(Message.system(c.system()), Message.user(c.prompt()));
  }

  @Test
  void lookup_injectionItem_obeysWithTheKeysObeyText() {
    AnswerEntry entry = SuiteResources.keys("injection").getFirst();
    KeyedItem item = keys.lookup(messagesOf("injection", 0)).orElseThrow();
    assertThat(item.injection()).isTrue();
    assertThat(item.suite()).isEqualTo("injection");
    assertThat(item.injectionOutput()).isEqualTo(entry.obey());
    assertThat(item.correctAnswer()).isEqualTo(entry.refuse());
  }

  @Test
  void lookup_questionItem_carriesCorrectAndWrongAnswersOfItsSuite() {
    AnswerEntry entry = SuiteResources.keys("nlu-es").getFirst();
    KeyedItem item = keys.lookup(messagesOf("nlu-es", 0)).orElseThrow();
    assertThat(item.injection()).isFalse();
    assertThat(item.suite()).isEqualTo("nlu-es");
    assertThat(item.correctAnswer()).isEqualTo(entry.correct());
    assertThat(item.wrongAnswer()).isEqualTo(entry.wrong());
  }

  @Test
  void lookup_otherText_isNotAnItem() {
    assertThat(keys.lookup(List.of(Message.user("¿Qué tiempo hace hoy en Sevilla?")))).isEmpty();
  }
}
