package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimServerTest {

  @Test
  void start_onPortZero_reportsRealPortAndBaseUris() {
    try (SimServer server = SimServer.start(ScriptedModel.plain("m"))) {
      assertThat(server.port()).isPositive();
      assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
      assertThat(server.openAiBaseUri().toString()).endsWith(":" + server.port() + "/v1");
      assertThat(server.geminiBaseUri().toString()).endsWith(":" + server.port() + "/v1beta");
      assertThat(new SimHttp(server).get("/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void isWildcard_everyInterfaceAddresses_areReachedThroughLoopback() {
    // checked without binding: tests stay on loopback
    assertThat(SimServer.isWildcard("0.0.0.0")).isTrue();
    assertThat(SimServer.isWildcard("::")).isTrue();
    assertThat(SimServer.isWildcard("127.0.0.1")).isFalse();
  }

  @Test
  void close_stopsListeningAndClosesModels_idempotently() {
    ScriptedModel model = ScriptedModel.plain("m");
    SimServer server = SimServer.start(model);
    int port = server.port();

    server.close();
    server.close();

    assertThat(model.closed).isTrue();
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void start_portInUse_failsWithMessageNamingTheAddress() {
    try (SimServer first = SimServer.start(ScriptedModel.plain("a"))) {
      assertThatThrownBy(
              () ->
                  SimServer.start(
                      List.of(ScriptedModel.plain("b")),
                      SimServerConfig.defaults().withPort(first.port())))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("127.0.0.1:" + first.port());
    }
  }

  @Test
  void start_sameNameServedTwice_isRejected() {
    assertThatThrownBy(
            () ->
                SimServer.start(
                    List.of(
                        ScriptedModel.plain("a"),
                        new ScriptedModel("b", ErrorStyle.OPENAI, 0, "a")),
                    SimServerConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> SimServer.start(List.of(), SimServerConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void config_rejectsNonsense() {
    SimServerConfig config = SimServerConfig.defaults();

    assertThatThrownBy(() -> config.withPort(70000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withMaxBodyBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withKeepAliveInterval(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(config.maxBodyBytes()).isEqualTo(4L * 1024 * 1024);
  }
}
