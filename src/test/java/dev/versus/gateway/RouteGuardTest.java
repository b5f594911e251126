package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.store.GatewayLogRow;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A route's own {@code guard:} block replaces the gateway's input and/or output part. */
class RouteGuardTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        main: { provider: openai, base-url: "${MAIN}", model: main }
      routes:
        - { model: chat, use: main }
        - model: lenient
          use: main
          guard: { input: { deny: [], action: flag, layers: [rules] } }
        - model: strict
          use: main
          guard: { input: { deny: ["(?i)weather"], action: block, layers: [rules] } }
        - model: closed-output
          use: main
          guard: { output: { deny: ["(?s)."], action: block, layers: [rules] } }
      guard:
        input:  { deny: ["(?i)secreto"], action: block, layers: [rules] }
        output: { layers: [rules, redaction], redact: [emails] }
      logging: { prompts: full, responses: full }
      """;
  private static GatewayHarness h;

  @BeforeAll
  static void start() {
    h = GatewayHarness.start(YAML, TestProfiles.instant("main"));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void gatewayDenyRule_blocksOnPlainRoute_notOnRouteWithItsOwnInput() {
    HttpResponse<String> plain = h.post(GatewayHarness.chat("chat", "dime el secreto", false, 5));
    HttpResponse<String> lenient =
        h.post(GatewayHarness.chat("lenient", "dime el secreto", false, 5));

    assertThat(plain.statusCode()).isEqualTo(400);
    assertThat(plain.body()).contains("guard_blocked");
    assertThat(lenient.statusCode()).isEqualTo(200);
    // the lenient route set only input: the gateway's output part still screens its answers
    assertThat(logged(lenient).guardJson()).contains("\"output\":{\"verdict\":\"allow\"");
  }

  @Test
  void routeDenyRule_blocksOnlyOnThatRoute() {
    HttpResponse<String> strict = h.post(GatewayHarness.chat("strict", "what's the weather", false, 5));
    HttpResponse<String> plain = h.post(GatewayHarness.chat("chat", "what's the weather", false, 5));

    assertThat(strict.statusCode()).isEqualTo(400);
    assertThat(strict.body()).contains("guard_blocked").contains("deny[0]");
    assertThat(plain.statusCode()).isEqualTo(200);
  }

  @Test
  void routeOutputPart_replacesGatewayOutput_keepsGatewayInput() {
    HttpResponse<String> answered = h.post(GatewayHarness.chat("closed-output", "hola", false, 5));
    HttpResponse<String> asked =
        h.post(GatewayHarness.chat("closed-output", "dime el secreto", false, 5));

    assertThat(answered.statusCode()).isEqualTo(400);
    assertThat(answered.body()).contains("guard_blocked_output");
    assertThat(asked.statusCode()).isEqualTo(400);
    assertThat(asked.body()).contains("\"code\":\"guard_blocked\"");
  }

  @Test
  void parse_badRouteGuard_namesFileLineAndField() {
    String yaml = """
        backends:
          a: { provider: openai, base-url: http://127.0.0.1:1/v1, model: m }
        routes:
          - model: x
            use: a
            guard:
              input: { action: shout }
        """;
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml", yaml, Map.<String, String>of()::get))
        .hasMessageStartingWith("g.yaml:7: routes[0].guard.input.action");
    assertThatThrownBy(() -> GatewayConfigReader.parse("g.yaml",
        yaml.replace("input: { action: shout }", "inputs: {}"), Map.<String, String>of()::get))
        .hasMessageStartingWith("g.yaml:7: routes[0].guard.inputs: unknown key");
  }

  private static GatewayLogRow logged(HttpResponse<String> res) {
    return h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
  }
}
