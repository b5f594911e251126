package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stream mechanics: keep-alives, disconnect detection, large and concurrent streams. */
class SseStreamingTest {
  private ScriptedModel model;
  private SimServer server;
  private SimHttp http;

  @BeforeEach
  void start() {
    model = ScriptedModel.plain("m");
    server = SimHttp.start(model); // keep-alive every 200 ms
    http = new SimHttp(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void clientDisconnect_duringLongStall_cancelsGenerationWithinTwoSeconds() throws Exception {
    BlockingQueue<GenerationEvent> feed = model.feedNext();
    feed.add(new GenerationEvent.Tokens("first ", "", 1));
    byte[] body = SimHttp.chatBody("m", true, "").getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(server.baseUri().getHost(), server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = in.readLine();
      } while (line != null && !line.contains("first "));
      assertThat(line).isNotNull();
      assertThat(model.running.get()).isEqualTo(1);
    }
    // the engine stalls (no event ever comes); only the keep-alive write can reveal the close
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (model.cancels.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(model.cancels.get()).isEqualTo(1);
    assertThat(model.running.get()).isZero();
    assertThat(http.post("/v1/chat/completions", SimHttp.chatBody("m", false, "")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void stall_sendsKeepAliveComments_thenFinishes() throws Exception {
    BlockingQueue<GenerationEvent> feed = model.feedNext();
    HttpResponse<InputStream> response =
        http.client()
            .send(
                HttpRequest.newBuilder(http.uri("/v1/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString(SimHttp.chatBody("m", true, "")))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line = in.readLine();
      assertThat(line).isEqualTo(": keep-alive");
      feed.add(new GenerationEvent.Tokens("late", "", 1));
      feed.add(new GenerationEvent.Done(FinishReason.STOP, Usage.server(2, 1, 0)));
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
    }
    assertThat(lines)
        .filteredOn(l -> l.startsWith("data: "))
        .hasSize(3)
        .last()
        .isEqualTo("data: [DONE]");
    assertThat(model.cancels.get()).isZero();
  }

  @Test
  void instantModel_longStream_deliversEveryEventInOrder() {
    int tokens = 20_000;
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.post("/v1/chat/completions", SimHttp.chatBody("m", true, "\"max_tokens\":" + tokens));
    long elapsedNanos = System.nanoTime() - start;

    List<String> events = SimHttp.dataEvents(response.body());
    assertThat(events).hasSize(tokens + 2);
    assertThat(events.get(tokens - 1)).contains("\"content\":\"w" + (tokens - 1) + " \"");
    System.out.printf(
        java.util.Locale.ROOT,
        "instant stream: %d events in %.1f ms (%.0f events/s, in-process client)%n",
        tokens + 2,
        elapsedNanos / 1e6,
        (tokens + 2) / (elapsedNanos / 1e9));
  }

  @Test
  void concurrentStreams_allCompleteWithDone() {
    int streams = 100;
    List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
    for (int i = 0; i < streams; i++) {
      futures.add(
          http.client()
              .sendAsync(
                  HttpRequest.newBuilder(http.uri("/v1/chat/completions"))
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              SimHttp.chatBody("m", true, "\"max_tokens\":50")))
                      .build(),
                  HttpResponse.BodyHandlers.ofString()));
    }

    for (CompletableFuture<HttpResponse<String>> future : futures) {
      List<String> events =
          SimHttp.dataEvents(future.orTimeout(30, TimeUnit.SECONDS).join().body());
      assertThat(events).hasSize(52).last().isEqualTo("[DONE]");
    }
    assertThat(model.running.get()).isZero();
  }
}
