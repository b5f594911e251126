package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.FinishReason;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cascade's acceptance check and how a route configures it. */
class AcceptanceTest {
  private static final Acceptance STRICT = new Acceptance(3,
      Optional.of(Pattern.compile("\\d")), Optional.of(Pattern.compile("(?i)i don't know|no lo sé")),
      true);

  @Test
  void rejection_goodAnswer_isEmpty() {
    assertThat(STRICT.rejection("the answer is 42", FinishReason.STOP, 5)).isEmpty();
  }

  @Test
  void rejection_eachFailedCondition_isNamed() {
    assertThat(STRICT.rejection("the answer is 42", FinishReason.LENGTH, 5))
        .contains("finish_reason length, expected stop");
    assertThat(STRICT.rejection("42", FinishReason.STOP, 1))
        .contains("1 output tokens, expected at least 3");
    assertThat(STRICT.rejection("forty-two, I think", FinishReason.STOP, 5))
        .contains("does not match must-match /\\d/");
    assertThat(STRICT.rejection("No lo sé: 0 ideas", FinishReason.STOP, 5))
        .contains("matches must-not-match /(?i)i don't know|no lo sé/");
  }

  @Test
  void rejection_finishAny_acceptsATruncatedAnswer() {
    Acceptance any = new Acceptance(0, Optional.empty(), Optional.empty(), false);
    assertThat(any.rejection("", FinishReason.LENGTH, 0)).isEmpty();
    assertThat(Acceptance.defaults().rejection("", FinishReason.STOP, 0)).isPresent();
  }

  @Test
  void parse_acceptBlock_readIntoTheRoute() {
    RouteConfig route = GatewayConfigReader.parse("g.yaml", yaml(
        "policy: cascade, accept: { min-output-tokens: 7, must-not-match: \"(?i)sorry\", finish: any }"),
        Map.<String, String>of()::get).routes().getFirst();
    assertThat(route.accept().minOutputTokens()).isEqualTo(7);
    assertThat(route.accept().mustNotMatch().orElseThrow().pattern()).isEqualTo("(?i)sorry");
    assertThat(route.accept().requireStop()).isFalse();
    assertThat(route.accept().mustMatch()).isEmpty();
  }

  @Test
  void parse_badAcceptBlocks_nameLineAndField() {
    assertThatThrownBy(() -> parse("policy: single, accept: { min-output-tokens: 7 }"))
        .hasMessageStartingWith("g.yaml:4: routes[0].accept: only a cascade route checks answers");
    assertThatThrownBy(() -> parse("policy: cascade, accept: { must-match: \"(\" }"))
        .hasMessageContaining("routes[0].accept.must-match: not a valid regular expression");
    assertThatThrownBy(() -> parse("policy: cascade, accept: { finish: length }"))
        .hasMessageContaining("routes[0].accept.finish: expected stop or any, got 'length'");
    assertThatThrownBy(() -> parse("policy: cascade, accept: { min-tokens: 3 }"))
        .hasMessageContaining("routes[0].accept.min-tokens: unknown key");
  }

  private static GatewayConfig parse(String route) {
    return GatewayConfigReader.parse("g.yaml", yaml(route), Map.<String, String>of()::get);
  }

  private static String yaml(String route) {
    return """
        backends:
          a: { provider: openai, base-url: http://127.0.0.1:1/v1, model: m }
        routes:
          - { model: x, backends: [a], %s }
        """.formatted(route);
  }
}
