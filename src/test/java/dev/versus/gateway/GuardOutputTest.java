package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.store.GatewayLogRow;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An output deny rule blocks a response, streamed or not; a stream never ends as a success. */
class GuardOutputTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        main: { provider: openai, base-url: "${MAIN}", model: main }
      routes:
        - { model: chat, use: main }
      guard:
        input:  { layers: [rules] }
        output: { deny: ["[aeiou]"], layers: [rules] }
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
  void nonStreaming_outputDenied_400NamingTheRule() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "hola", false, 20));

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("guard_blocked_output").contains("deny:");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.guardJson()).contains("\"output\":{\"verdict\":\"block\"");
  }

  @Test
  void streaming_outputDenied_errorEventAndNoDone() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("chat", "hola", true, 40));

    assertThat(res.statusCode()).isEqualTo(200);
    List<String> data = GatewayHarness.dataLines(res.body());
    assertThat(data).doesNotContain("[DONE]");
    assertThat(data.getLast()).contains("guard_blocked_output");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.errorClass()).isEqualTo("http_4xx");
    assertThat(row.guardJson()).contains("\"output\":{\"verdict\":\"block\"");
  }
}
