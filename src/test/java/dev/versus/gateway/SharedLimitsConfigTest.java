package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ConfigException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code limits} section of gateway.yaml. */
class SharedLimitsConfigTest {
  private static final String BASE = """
      backends:
        maverick: { provider: openai, base-url: http://127.0.0.1:8002/v1, model: m, max-concurrency: 64 }
      routes:
        - { model: auto, backends: [maverick] }
      """;

  private static GatewayConfig parse(String extra) {
    return GatewayConfigReader.parse("gw.yaml", BASE + extra, name -> null);
  }

  @Test
  void parse_noLimitsSection_keepsCapsPerProcess() {
    assertThat(parse("").limits()).isEqualTo(GatewayConfig.LimitsConfig.local());
  }

  @Test
  void parse_sharedPostgres_isKeptWithLeaseTiming() {
    GatewayConfig.LimitsConfig limits =
        parse("limits: { shared: jdbc:postgresql://db:5432/versus, lease-ttl: 60s }\n").limits();

    assertThat(limits.shared()).contains("jdbc:postgresql://db:5432/versus");
    assertThat(limits.lease().ttl()).isEqualTo(Duration.ofSeconds(60));
    assertThat(limits.lease().renewEvery()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void parse_sharedSqlite_failsNamingTheField() {
    assertThatThrownBy(() -> parse("limits: { shared: sqlite:gw.db }\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("limits.shared")
        .hasMessageContaining("jdbc:postgresql://");
  }

  @Test
  void parse_unknownLimitsKey_failsNamingIt() {
    assertThatThrownBy(() -> parse("limits: { shraed: jdbc:postgresql://db/versus }\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("limits.shraed");
  }

  @Test
  void parse_tinyLeaseTtl_fails() {
    assertThatThrownBy(() -> parse("limits: { shared: jdbc:postgresql://db/v, lease-ttl: 1s }\n"))
        .hasMessageContaining("limits.lease-ttl");
  }
}
