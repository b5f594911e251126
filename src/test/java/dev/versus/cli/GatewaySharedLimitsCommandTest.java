package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.sim.Profiles;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.store.EmbeddedPostgresHolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus gateway} with {@code limits.shared}: the backend's cap lives in PostgreSQL. */
class GatewaySharedLimitsCommandTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @TempDir Path dir;

  @Test
  void gateway_limitsShared_keepsTheCapInThePostgresDatabase() throws Exception {
    String url = EmbeddedPostgresHolder.freshDatabaseUrl();
    try (SimServer sim = SimServer.start(SimModels.create(Profiles.load("instant"), 1))) {
      Path config = dir.resolve("gw.yaml");
      Files.writeString(config, """
          listen: 127.0.0.1:0
          backends:
            a: { provider: openai, base-url: "%s", model: instant, max-concurrency: 5 }
          routes:
            - { model: chat, use: a }
          logging: { store: "sqlite:%s", spool: "%s" }
          limits: { shared: "%s" }
          """.formatted(sim.openAiBaseUri(), dir.resolve("gw.db").toString().replace("\\", "/"),
              dir.resolve("spool").toString().replace("\\", "/"), url));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      Thread runner = Thread.ofPlatform().name("gateway-shared-test").start(() -> exit.complete(
          Main.run(new String[] {"gateway", "--config", config.toString()},
              new PrintWriter(out, true), new PrintWriter(err, true))));
      try (HttpClient client = HttpClient.newHttpClient()) {
        URI base = awaitBaseUri(out, err);
        HttpResponse<String> res = client.send(
            HttpRequest.newBuilder(base.resolve("/v1/chat/completions"))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hola\"}],"
                        + "\"max_tokens\":4}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
      } finally {
        runner.interrupt();
      }
      assertThat(exit.get(10, TimeUnit.SECONDS)).as(err.toString()).isZero();
      assertThat(out.toString()).contains("limits: shared by all replicas in jdbc:postgresql://");
      try (Connection c = DriverManager.getConnection(url);
          ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(lease)"
              + " FROM limiter_leases WHERE limiter = 'backend:a'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("one row per slot of the cap").isEqualTo(5);
        assertThat(rs.getInt(2)).as("all given back on stop").isZero();
      }
    }
  }

  private static URI awaitBaseUri(StringWriter out, StringWriter err) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
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
