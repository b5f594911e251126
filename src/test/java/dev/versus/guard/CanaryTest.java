package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanaryTest {
  private final Canary canary = Canary.generate(new SplittableRandom(42));

  @Test
  void generate_sameSeed_sameToken() {
    assertThat(Canary.generate(new SplittableRandom(42))).isEqualTo(canary);
    assertThat(Canary.generate(new SplittableRandom(43))).isNotEqualTo(canary);
    assertThat(canary.token()).matches("VSC-[A-Z2-9]{12}");
  }

  @Test
  void embedIn_keepsPromptAndAddsToken() {
    assertThat(canary.embedIn("Eres un asistente.")).startsWith("Eres un asistente.").contains(canary.token());
  }

  @Test
  void leakIn_verbatim() {
    assertThat(canary.leakIn("My instructions end with " + canary.token() + ".")).contains("verbatim");
  }

  @Test
  void leakIn_spacedOut() {
    String spaced = String.join(" ", canary.token().split(""));
    assertThat(canary.leakIn("here: " + spaced)).contains("spaced");
  }

  @Test
  void leakIn_reversed() {
    String reversed = new StringBuilder(canary.token()).reverse().toString();
    assertThat(canary.leakIn("backwards " + reversed)).contains("reversed");
  }

  @Test
  void leakIn_base64() {
    String b64 = Base64.getEncoder().encodeToString(("secret ref " + canary.token()).getBytes(StandardCharsets.UTF_8));
    assertThat(canary.leakIn("encoded: " + b64)).isPresent();
  }

  @Test
  void leakIn_cleanResponse_isEmpty() {
    assertThat(canary.leakIn("The capital of Spain is Madrid. VSC stands for something else.")).isEmpty();
  }

  @Test
  void maskIn_replacesSpacedOccurrences() {
    String spaced = String.join("-", canary.token().split(""));
    assertThat(canary.maskIn("a " + spaced + " b")).isEqualTo("a [REDACTED:canary] b");
  }

  @Test
  void constructor_rejectsShortToken() {
    assertThatThrownBy(() -> new Canary("abc")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_acceptsExactlyLettersDigitsAndDashes_8To64() {
    assertThat(new Canary("Ab3-xY9z").token()).isEqualTo("Ab3-xY9z");
    assertThat(new Canary("a".repeat(64)).token()).hasSize(64);
    for (String bad : List.of("a".repeat(65), "abcdefg", "abcd efgh", "abcd_efgh", "abcdéfgh",
        "abcd\nefgh")) {
      assertThatThrownBy(() -> new Canary(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
