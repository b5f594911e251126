package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayConfigReaderTest {
  private static final Map<String, String> ENV = Map.of("GEMINI_API_KEY", "test-key");

  @Test
  void read_theDocumentedExample_parsesEveryFeature() {
    GatewayConfig config =
        GatewayConfigReader.read(Path.of("docs/gateway.example.yaml"), ENV::get);
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    BackendConfig flash = config.backends().get("flash");
    assertThat(flash.provider()).isEqualTo("gemini");
    assertThat(flash.apiKey()).isEqualTo("test-key");
    assertThat(flash.maxConcurrency()).isEqualTo(64);
    assertThat(flash.queue()).isEqualTo(256);
    assertThat(flash.timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.backends().get("maverick").baseUrl()).hasToString("http://127.0.0.1:8002/v1");
    RouteConfig auto = config.route("auto").orElseThrow();
    assertThat(auto.policy()).isEqualTo(PolicyKind.HYBRID);
    assertThat(auto.rules()).extracting(HybridRule::use).containsExactly("maverick", "maverick", "flash");
    assertThat(auto.rules().get(0).when().promptTokensOver()).isEqualTo(8000);
    assertThat(auto.fallback()).containsExactly("maverick", "flash");
    RouteConfig ab = config.route("ab-test").orElseThrow();
    assertThat(ab.weights()).containsEntry("flash", 90).containsEntry("maverick", 10);
    assertThat(ab.stickyHeader()).isEqualTo("x-user-id");
    assertThat(config.guard()).isPresent();
    assertThat(config.guard().get().at("/input/action").asText()).isEqualTo("block");
    assertThat(config.logging().store()).isEqualTo("sqlite:versus-gateway.db");
    assertThat(config.logging().prompts()).isEqualTo("redacted");
    assertThat(config.keysFile()).contains("keys.yaml");
  }

  @Test
  void read_missingSecret_namesFileLineAndField() {
    assertThatThrownBy(
            () -> GatewayConfigReader.read(Path.of("docs/gateway.example.yaml"), name -> null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("docs/gateway.example.yaml:5: backends.flash.api-key")
        .hasMessageContaining("GEMINI_API_KEY is not set");
  }

  @Test
  void parse_unknownBackendInRule_namesLineFieldAndChoices() {
    String yaml =
        """
        backends:
          flash: { provider: gemini, base-url: http://127.0.0.1:1, model: m }
        routes:
          - model: auto
            policy: hybrid
            rules:
              - { use: mavrick }
        """;
    assertThatThrownBy(() -> GatewayConfigReader.parse("gw.yaml", yaml, ENV::get))
        .hasMessage("gw.yaml:7: routes[0].rules[0].use: unknown backend 'mavrick' (expected one of flash)");
  }

  @Test
  void parse_unknownKeyOrBadValues_areErrorsNotIgnored() {
    String base =
        """
        backends:
          flash: { provider: gemini, base-url: http://127.0.0.1:1, model: m, %s }
        routes:
          - { model: a, use: flash }
        """;
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", base.formatted("max-concurency: 3"), ENV::get))
        .hasMessageStartingWith("g.yaml:2: backends.flash.max-concurency: unknown key");
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", base.formatted("max-concurrency: lots"), ENV::get))
        .hasMessageContaining("backends.flash.max-concurrency: expected a whole number, got 'lots'");
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", base.formatted("timeout: soon"), ENV::get))
        .hasMessageContaining("backends.flash.timeout: 'soon' is not a duration");
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", base.formatted("stream-upstream: yes please"), ENV::get))
        .hasMessageContaining("g.yaml:2: backends.flash.stream-upstream: expected true or false, got 'yes please'");
    assertThat(GatewayConfigReader.parse("g.yaml", base.formatted("stream-upstream: true"), ENV::get)
        .backends().get("flash").streamUpstream()).isTrue();
    assertThat(GatewayConfigReader.parse("g.yaml", base.formatted("retries: 1"), ENV::get)
        .backends().get("flash").streamUpstream()).isFalse();
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", base.formatted("provider2: x"), ENV::get))
        .hasMessageContaining("unknown key");
    // a key read from an environment variable that ends in a line break
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml",
        base.formatted("api-key: ${K}"), Map.of("K", "sk-123\n")::get))
        .hasMessageContaining("g.yaml:2: backends.flash.api-key: an API key cannot hold a control character");
    String badName = base.replace("  flash:", "  \"fl\\r\\nash\":").replace("use: flash", "use: x");
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", badName.formatted("retries: 1"), ENV::get))
        .hasMessageContaining("cannot hold a control character");
  }

  @Test
  void parse_badPolicyAndBadRegex_areNamed() {
    String yaml =
        """
        backends:
          a: { provider: openai, base-url: http://127.0.0.1:1/v1, model: m }
        routes:
          - { model: x, policy: roundrobin, backends: [a] }
        """;
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", yaml, ENV::get))
        .hasMessageContaining("g.yaml:4: routes[0].policy: unknown policy 'roundrobin' (expected one of single, split, hybrid");
    String regex =
        """
        backends:
          a: { provider: openai, base-url: http://127.0.0.1:1/v1, model: m }
        routes:
          - model: x
            policy: hybrid
            rules: [ { when: { matches: "(unclosed" }, use: a } ]
        """;
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", regex, ENV::get))
        .hasMessageContaining("routes[0].rules[0].when.matches: not a valid regular expression");
  }
}
