package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.store.RunInfo;
import dev.versus.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  @TempDir Path dir;

  @Test
  void serve_seededStore_servesTheRunsUntilInterrupted() throws Exception {
    String location = "sqlite:" + dir.resolve("versus.db");
    try (Store store = Store.open(location)) {
      store.runs().create(RunInfo.started("run-1", "bench", "A stored bench",
          Instant.parse("2026-11-26T10:00:00Z"), "{}", true));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread runner = Thread.ofPlatform().name("serve-command-test").start(() -> exit.complete(
        Main.run(new String[] {"serve", "--port", "0", "--store", location, "--lang", "es"},
            new PrintWriter(out, true), new PrintWriter(err, true))));
    URI base = awaitBaseUri(out, err);
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> runs = client.send(HttpRequest.newBuilder(base).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> run = client.send(HttpRequest.newBuilder(base.resolve("/runs/run-1"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(runs.statusCode()).isEqualTo(200);
      assertThat(runs.body()).contains("A stored bench", "href=\"/runs/run-1\"");
      assertThat(run.statusCode()).isEqualTo(200);
      assertThat(run.body()).contains("run-1");
      assertThat(out.toString()).contains("versus serve: dashboard over", "versus.db");
    } finally {
      runner.interrupt();
    }
    assertThat(exit.get(10, TimeUnit.SECONDS)).as("exit code; stderr: %s", err).isZero();
  }

  @Test
  void serve_unknownLanguage_exitsWithBadInput() {
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"serve", "--port", "0", "--store",
        "sqlite:" + dir.resolve("x.db"), "--lang", "fr"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--lang", "fr", "en or es").doesNotContain("Exception");
  }

  @Test
  void serve_portInUse_exitsWithBadInputNamingTheAddress() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      StringWriter err = new StringWriter();
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      Thread runner = Thread.ofPlatform().name("serve-port-test").start(() -> exit.complete(
          Main.run(new String[] {"serve", "--port", Integer.toString(taken.getLocalPort()),
              "--store", "sqlite:" + dir.resolve("y.db")}, new PrintWriter(new StringWriter()),
              new PrintWriter(err, true))));
      try {
        assertThat(exit.get(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
      } finally {
        runner.interrupt();
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
    throw new AssertionError("versus serve did not start; stdout: " + out + " stderr: " + err);
  }
}
