package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.provider.Script;
import dev.versus.provider.ScriptedHttpServer;
import dev.versus.sim.Profile;
import dev.versus.store.GatewayLogRow;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the client sees when an upstream stream breaks, and what upstream sees when the client leaves. */
class StreamFailureTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        cutter: { provider: openai, base-url: "${CUTTER}", model: cutter, retries: 0 }
        # the simulator notices a closed connection only when it writes: asked for a stream even
        # for a non-streamed request, it notices at its next token
        talker: { provider: openai, base-url: "${TALKER}", model: talker, stream-upstream: true }
        holder: { provider: openai, base-url: "%s", model: holder, retries: 0 }
      routes:
        - { model: cut, use: cutter }
        - { model: talk, use: talker }
        - { model: hold, use: holder }
      """;
  /** Target from the brief: the upstream sees the disconnect within 100 ms. */
  private static final long TARGET_MILLIS = 100;

  private static GatewayHarness h;
  /** A backend that answers 200 and then only JSON whitespace, every 5 ms, until its client leaves. */
  private static ScriptedHttpServer holder;

  @BeforeAll
  static void start() {
    holder = ScriptedHttpServer.start().route("/v1/chat/completions", Script.status(200)
        .header("Content-Type", "application/json").hold(" ", Duration.ofMillis(5)).end());
    Profile quick = TestProfiles.quick("talker", 5);
    Profile talker = new Profile("talker", List.of(), quick.errorStyle(), quick.batching(),
        new Profile.Limits(32768, 4096, 4096, 2000, 3000, 0), quick.faults(), quick.memory(),
        quick.quality());
    h = GatewayHarness.start(YAML.formatted(holder.uri("/v1")),
        TestProfiles.withFaults(TestProfiles.quick("cutter", 2), TestProfiles.cutAlways()), talker);
  }

  @AfterAll
  static void stop() {
    h.close();
    holder.close();
  }

  @Test
  void upstreamCutMidStream_clientGetsErrorEventAndNoDone() throws Exception {
    HttpResponse<String> res = h.post(GatewayHarness.chat("cut", "hola", true, 200));

    assertThat(res.statusCode()).isEqualTo(200);
    List<String> data = GatewayHarness.dataLines(res.body());
    assertThat(data).doesNotContain("[DONE]");
    assertThat(data.size()).isGreaterThan(1);
    assertThat(data.getFirst()).contains("\"delta\"");
    assertThat(data.getLast()).startsWith("{\"error\":{").contains("\"type\":\"api_error\"");
    GatewayLogRow row = h.log.awaitId(res.headers().firstValue("x-request-id").orElseThrow());
    assertThat(row.errorClass()).isEqualTo("stream_interrupted");
    assertThat(row.httpStatus()).isEqualTo(200);
  }

  @Test
  void clientDisconnect_cancelsUpstreamQuickly() throws Exception {
    List<Long> millis = new ArrayList<>();
    for (int trial = 0; trial < 5; trial++) {
      millis.add(disconnectOnce());
    }
    millis.sort(null);
    System.out.println("client close -> simulator disconnect counter, ms: " + millis);
    // the median of five against the 100 ms target; single trials are not asserted, so that one
    // trial delayed by a busy machine (2 cores shared with other builds) does not fail the test.
    // The transport's abort interrupts the reading virtual thread, which closes the upstream
    // socket at once; the simulator counts the disconnect when its next write fails.
    assertThat(millis.get(2)).isLessThanOrEqualTo(TARGET_MILLIS);
    GatewayLogRow row = h.log.await(r -> r.route().equals("talk") && r.httpStatus() == 0);
    assertThat(row.errorClass()).isEqualTo("cancelled");
  }

  @Test
  void clientDisconnectOnNonStreamedRequest_cancelsUpstreamWithin100ms() throws Exception {
    List<Long> millis = new ArrayList<>();
    for (int trial = 0; trial < 5; trial++) {
      millis.add(disconnectOnce(false));
    }
    millis.sort(null);
    System.out.println("non-streamed: client close -> simulator disconnect counter, ms: " + millis);
    assertThat(millis.get(2)).isLessThanOrEqualTo(TARGET_MILLIS); // as above
    GatewayLogRow row = h.log.await(
        r -> r.route().equals("talk") && !r.streamed() && r.httpStatus() == 0);
    assertThat(row.errorClass()).isEqualTo("cancelled");
  }

  @Test
  void clientDisconnectOnNonStreamedUpstreamCall_closesUpstreamConnectionWithin100ms()
      throws Exception {
    List<Long> millis = new ArrayList<>();
    for (int trial = 0; trial < 5; trial++) {
      int before = holder.requests().size();
      long closedAt;
      try (Socket socket = send(GatewayHarness.chat("hold", "hola", false, 50))) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (holder.requests().size() == before && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        assertThat(holder.requests()).hasSize(before + 1);
        assertThat(holder.requests().getLast().body()).doesNotContain("\"stream\":true");
        Thread.sleep(2 * WholeCall.WATCH_AFTER_MILLIS); // the call is watched from then on
        closedAt = System.nanoTime();
      }
      long seenAt = holder.nextDisconnect(Duration.ofSeconds(5)).orElseThrow();
      millis.add((seenAt - closedAt) / 1_000_000);
    }
    millis.sort(null);
    System.out.println("non-streamed upstream: client close -> backend write fails, ms: " + millis);
    assertThat(millis.get(2)).isLessThanOrEqualTo(TARGET_MILLIS); // the median, as above
    GatewayLogRow row = h.log.await(r -> r.route().equals("hold") && r.httpStatus() == 0);
    assertThat(row.errorClass()).isEqualTo("cancelled");
  }

  @Test
  void slowNonStreamedRequest_clientStays_isAnswered() {
    // 300 tokens at 5 ms a step: the answer takes about 1.5 s, many times the socket watcher's
    // 101 ms read timeout, and must not be taken for a disconnect
    HttpResponse<String> res = h.post(GatewayHarness.chat("talk", "hola", false, 300));

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("\"finish_reason\"");
  }

  private long disconnectOnce() throws Exception {
    return disconnectOnce(true);
  }

  private long disconnectOnce(boolean stream) throws Exception {
    var model = h.sim("TALKER").models().getFirst();
    long before = model.stats().disconnectsTotal();
    String body = GatewayHarness.chat("talk", "cuéntame algo largo", stream, 2500);
    long closedAt;
    try (Socket socket = send(body)) {
      if (stream) {
        BufferedReader in = new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        int events = 0;
        String line;
        while (events < 3 && (line = in.readLine()) != null) {
          if (line.contains("data: ")) {
            events++;
          }
        }
        assertThat(events).isEqualTo(3);
      } else {
        long generating = model.stats().generationTokensTotal() + 20;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (model.stats().generationTokensTotal() < generating && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        assertThat(model.stats().generationTokensTotal()).isGreaterThanOrEqualTo(generating);
      }
      closedAt = System.nanoTime();
    }
    long deadline = closedAt + 5_000_000_000L;
    while (model.stats().disconnectsTotal() == before && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    long seenAt = System.nanoTime();
    assertThat(model.stats().disconnectsTotal()).isGreaterThan(before);
    long loggedAt = h.log.lastAppendedAtNanos();
    System.out.println("  simulator counted the disconnect after " + (seenAt - closedAt) / 1_000_000
        + " ms" + (loggedAt > closedAt
            ? "; the gateway had logged the cancelled request after "
                + (loggedAt - closedAt) / 1_000_000 + " ms" : ""));
    return (seenAt - closedAt) / 1_000_000;
  }

  /** Opens a connection to the gateway and sends one chat request on it, without reading. */
  private static Socket send(String json) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    Socket socket = new Socket("127.0.0.1", h.gateway.port());
    OutputStream out = socket.getOutputStream();
    out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return socket;
  }
}
