package dev.versus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDocumentTest {
  private static final String YAML =
      """
      listen: 127.0.0.1:8080
      backends:
        flash: { provider: gemini, api-key: ${KEY} }
      routes:
        - model: auto
          rules:
            - { use: flash }
            - use: maverick
      """;

  @Test
  void lineOf_fieldsAndArrayElements_areTheirSourceLines() {
    ConfigDocument doc = ConfigDocument.parse("gw.yaml", YAML, Map.of("KEY", "k")::get);
    assertThat(doc.lineOf("listen")).isEqualTo(1);
    assertThat(doc.lineOf("backends.flash.provider")).isEqualTo(3);
    assertThat(doc.lineOf("routes[0].model")).isEqualTo(5);
    assertThat(doc.lineOf("routes[0].rules[1].use")).isEqualTo(8);
    assertThat(doc.lineOf("routes[0].rules[0].use")).isEqualTo(7);
    assertThat(doc.lineOf("routes[0].rules[1].nothing")).isEqualTo(8);
  }

  @Test
  void error_namesFileLineAndPath() {
    ConfigDocument doc = ConfigDocument.parse("gw.yaml", YAML, Map.of("KEY", "k")::get);
    assertThat(doc.error("routes[0].rules[1].use", "unknown backend 'maverick'"))
        .hasMessage("gw.yaml:8: routes[0].rules[1].use: unknown backend 'maverick'");
  }

  @Test
  void parse_substitutesEnvironmentVariables() {
    ConfigDocument doc = ConfigDocument.parse("gw.yaml", YAML, Map.of("KEY", "secret")::get);
    assertThat(doc.root().at("/backends/flash/api-key").asText()).isEqualTo("secret");
  }

  @Test
  void parse_missingVariable_failsAtItsField() {
    assertThatThrownBy(() -> ConfigDocument.parse("gw.yaml", YAML, name -> null))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("gw.yaml:3: backends.flash.api-key: environment variable KEY is not set");
  }

  @Test
  void parse_defaultValue_isUsedWhenUnset() {
    ConfigDocument doc = ConfigDocument.parse("x.yaml", "a: ${NOPE:-fallback}\n", name -> null);
    assertThat(doc.root().get("a").asText()).isEqualTo("fallback");
  }

  @Test
  void parse_brokenYaml_namesTheLine() {
    assertThatThrownBy(() -> ConfigDocument.parse("bad.yaml", "a: 1\nb: [1, 2\nc: 3\n", n -> null))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("bad.yaml:")
        .hasMessageContaining("not valid YAML");
  }
}
