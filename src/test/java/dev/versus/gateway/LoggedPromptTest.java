package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.Message;
import dev.versus.core.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoggedPromptTest {

  @Test
  void parse_openAiBody_keepsMessagesAndSampling() {
    LoggedPrompt p = LoggedPrompt.parse("{\"model\":\"auto\",\"max_tokens\":64,"
        + "\"temperature\":0.2,\"messages\":[{\"role\":\"system\",\"content\":\"Sé breve.\"},"
        + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"¿Hola\"},"
        + "{\"type\":\"text\",\"text\":\"?\"}]}]}").orElseThrow();

    assertThat(p.messages()).containsExactly(Message.system("Sé breve."), Message.user("¿Hola?"));
    assertThat(p.sampling().maxTokens()).hasValue(64);
    assertThat(p.sampling().temperature()).hasValue(0.2);
  }

  @Test
  void parse_bareArrayGeminiAndPlainText_becomeMessages() {
    assertThat(LoggedPrompt.parse("[{\"role\":\"developer\",\"content\":\"x\"},"
        + "{\"role\":\"user\",\"content\":\"y\"}]").orElseThrow().messages())
        .extracting(Message::role).containsExactly(Role.SYSTEM, Role.USER);
    assertThat(LoggedPrompt.parse("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"a\"}]},"
        + "{\"role\":\"model\",\"parts\":[{\"text\":\"b\"}]}]}").orElseThrow().messages())
        .containsExactly(Message.user("a"), Message.assistant("b"));
    assertThat(LoggedPrompt.parse("just text").orElseThrow().messages())
        .isEqualTo(List.of(Message.user("just text")));
  }

  @Test
  void parse_blankOrJsonWithoutMessages_isEmpty() {
    assertThat(LoggedPrompt.parse("  ")).isEmpty();
    assertThat(LoggedPrompt.parse("{\"model\":\"auto\"}")).isEmpty();
    assertThat(LoggedPrompt.parse("[{\"role\":\"wizard\",\"content\":\"x\"}]")).isEmpty();
    assertThat(LoggedPrompt.parse("[]")).isEmpty();
  }
}
