package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChatRequestParserTest {
  private static final String VALID = "{\"model\":\"chat\",\"messages\":[{\"role\":\"system\","
      + "\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\","
      + "\"text\":\"hola\"}]}],\"max_completion_tokens\":12,\"temperature\":0.5,\"top_p\":0.9,"
      + "\"stop\":[\"\\n\\n\"],\"seed\":3,\"stream\":true,\"stream_options\":{\"include_usage\":true},"
      + "\"user\":\"u-1\"}";

  @Test
  void parse_fullRequest_mapsEveryField() {
    ChatRequestParser.Result result = ChatRequestParser.parse(VALID.getBytes(StandardCharsets.UTF_8));

    assertThat(result).isInstanceOf(ChatRequestParser.Result.Ok.class);
    ClientRequest r = ((ChatRequestParser.Result.Ok) result).request();
    assertThat(r.route()).isEqualTo("chat");
    assertThat(r.chat().messages()).hasSize(2);
    assertThat(r.chat().messages().get(1).content()).isEqualTo("hola");
    assertThat(r.chat().sampling().maxTokens()).hasValue(12);
    assertThat(r.chat().sampling().temperature()).hasValue(0.5);
    assertThat(r.chat().sampling().stop()).containsExactly("\n\n");
    assertThat(r.stream()).isTrue();
    assertThat(r.includeUsage()).isTrue();
    assertThat(r.user()).isEqualTo("u-1");
  }

  @Test
  void parse_toolsRequested_rejectedByName() {
    ChatRequestParser.Result result = ChatRequestParser.parse(
        "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"tools\":[]}"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(result).isInstanceOfSatisfying(ChatRequestParser.Result.Bad.class,
        bad -> assertThat(bad.error().param()).isEqualTo("tools"));
  }

  /** Seeded mutations of a valid body: every one is parsed or rejected as a value, never thrown. */
  @Test
  void parse_mutatedBodies_neverThrow() {
    SplittableRandom random = new SplittableRandom(42);
    byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
    int rejected = 0;
    for (int i = 0; i < 5_000; i++) {
      byte[] body = valid.clone();
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        body[random.nextInt(body.length)] = (byte) random.nextInt(256);
      }
      ChatRequestParser.Result result = ChatRequestParser.parse(body);
      if (result instanceof ChatRequestParser.Result.Bad bad) {
        rejected++;
        assertThat(bad.error().status()).isEqualTo(400);
        assertThat(bad.error().message()).isNotBlank();
      }
    }
    assertThat(rejected).isGreaterThan(1_000);
  }
}
