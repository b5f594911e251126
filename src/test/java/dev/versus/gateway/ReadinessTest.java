package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.NanoClock;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.store.GatewayLogRow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A failing interaction log makes the gateway not ready, but it keeps serving. */
class ReadinessTest {

  /** A log whose store is down and whose spool is full: every append fails. */
  private static final class BrokenLog implements InteractionLog {
    @Override
    public void append(GatewayLogRow row) {
      throw new IllegalStateException("spool disk full");
    }

    @Override
    public long pending() {
      return 12;
    }

    @Override
    public void close() {}
  }

  @Test
  void ready_logFailing_503_whileRequestsStillServed() throws Exception {
    try (SimServer sim = SimServer.start(SimModels.create(TestProfiles.instant("main"), 1))) {
      GatewayConfig config = GatewayConfigReader.parse("ready.yaml", """
          listen: 127.0.0.1:0
          backends:
            main: { provider: openai, base-url: "%s", model: main }
          routes:
            - { model: chat, use: main }
          """.formatted(sim.openAiBaseUri()), name -> null);
      try (GatewayServer gateway = GatewayServer.start(
              config, GatewayServer.providers(config), new BrokenLog(), NanoClock.system());
          HttpClient client = HttpClient.newHttpClient()) {
        String base = gateway.address();
        assertThat(get(client, base + "/ready").statusCode()).isEqualTo(200);

        HttpResponse<String> chat = client.send(
            HttpRequest.newBuilder(URI.create(base + "/v1/chat/completions"))
                .POST(HttpRequest.BodyPublishers.ofString(
                    GatewayHarness.chat("chat", "hola", false, 3)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(chat.statusCode()).isEqualTo(200);

        HttpResponse<String> ready = awaitNotReady(client, base);
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"log_failing\":true").contains("\"log_pending\":12");
        assertThat(get(client, base + "/health").statusCode()).isEqualTo(200);
        assertThat(get(client, base + "/metrics").body()).contains("versus_gateway_log_pending 12");
      }
    }
  }

  private static HttpResponse<String> awaitNotReady(HttpClient client, String base)
      throws Exception {
    HttpResponse<String> res = get(client, base + "/ready");
    for (int i = 0; i < 100 && res.statusCode() == 200; i++) {
      Thread.sleep(10); // the row is appended just after the response is sent
      res = get(client, base + "/ready");
    }
    return res;
  }

  private static HttpResponse<String> get(HttpClient client, String uri) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(uri)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
