package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.sim.Profiles;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.store.GatewayLogQuery;
import dev.versus.store.GatewayLogRow;
import dev.versus.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayCommandTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  @TempDir Path dir;

  @Test
  void gateway_badConfig_exitsWithBadInputNamingLineAndField() throws Exception {
    Path config = dir.resolve("gw.yaml");
    Files.writeString(config, """
        listen: 127.0.0.1:0
        backends:
          a: { provider: openai, base-url: http://127.0.0.1:1/v1, model: m, max-concurrency: lots }
        routes:
          - { model: x, use: a }
        """);
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"gateway", "--config", config.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("gw.yaml:3").contains("backends.a.max-concurrency")
        .doesNotContain("Exception");
  }

  @Test
  void gateway_servesLogsToStoreAndStopsOnInterrupt() throws Exception {
    try (SimServer sim = SimServer.start(SimModels.create(Profiles.load("instant"), 1))) {
      Path db = dir.resolve("gw.db");
      Path config = dir.resolve("gw.yaml");
      Files.writeString(config, """
          listen: 127.0.0.1:0
          backends:
            a: { provider: openai, base-url: "%s", model: instant }
          routes:
            - { model: chat, use: a }
          logging: { store: "sqlite:%s", spool: "%s", prompts: full }
          """.formatted(sim.openAiBaseUri(), db.toString().replace("\\", "/"),
              dir.resolve("spool").toString().replace("\\", "/")));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      Thread runner = Thread.ofPlatform().name("gateway-command-test").start(() -> exit.complete(
          Main.run(new String[] {"gateway", "--config", config.toString()},
              new PrintWriter(out, true), new PrintWriter(err, true))));
      URI base = awaitBaseUri(out, err);
      try (HttpClient client = HttpClient.newHttpClient()) {
        HttpResponse<String> res = client.send(
            HttpRequest.newBuilder(base.resolve("/v1/chat/completions"))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hola\"}],"
                        + "\"max_tokens\":4}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        Thread.sleep(200); // the row is spooled just after the response
      } finally {
        runner.interrupt();
      }
      assertThat(exit.get(10, TimeUnit.SECONDS)).as(err.toString()).isZero();
      assertThat(out.toString()).contains("route chat (single)");
      try (Store store = Store.open("sqlite:" + db)) {
        List<GatewayLogRow> rows = store.gatewayLogs().list(GatewayLogQuery.between(java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(60)));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().route()).isEqualTo("chat");
        assertThat(rows.getFirst().prompt()).contains("hola");
      }
    }
  }

  private static URI awaitBaseUri(StringWriter out, StringWriter err) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      Matcher m = LISTENING.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("versus gateway did not start; stdout: " + out + " stderr: " + err);
  }
}
