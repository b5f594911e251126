package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gateway's event sink buffers events until a flush or the end of the response: events
 * written together leave together, and a flush sends them while the response is still open.
 */
class EventSinkBufferingTest {

  @Test
  void eventsWrittenWithoutFlush_leaveTogetherAtClose_asOneSizedBody() throws Exception {
    try (HelidonServer server = HelidonServer.start("127.0.0.1", 0, (in, out) -> {
      HttpOut.EventSink sink = out.openEvents(Map.of());
      for (int i = 0; i < 3; i++) {
        assertThat(sink.write(("data: " + i + "\n\n").getBytes(StandardCharsets.UTF_8))).isTrue();
      }
      assertThat(sink.close()).isTrue();
    });
        Socket socket = new Socket("127.0.0.1", server.port())) {
      List<String> lines = request(socket);

      // nothing was sent before the close, so the whole body went out at once, with its length
      assertThat(lines).contains("Content-Length: 27");
      assertThat(lines).containsSubsequence("data: 0", "data: 1", "data: 2");
    }
  }

  @Test
  void flush_sendsBufferedEventsWhileTheResponseStaysOpen() throws Exception {
    CountDownLatch clientSawFirst = new CountDownLatch(1);
    boolean[] seenInTime = new boolean[1];
    try (HelidonServer server = HelidonServer.start("127.0.0.1", 0, (in, out) -> {
      HttpOut.EventSink sink = out.openEvents(Map.of());
      sink.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
      assertThat(sink.flush()).isTrue();
      try {
        seenInTime[0] = clientSawFirst.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sink.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
      sink.close();
    });
        Socket socket = new Socket("127.0.0.1", server.port())) {
      BufferedReader reader = get(socket);
      String line;
      while ((line = reader.readLine()) != null && !line.equals("data: first")) {
        assertThat(line).doesNotContain("second");
      }
      assertThat(line).isEqualTo("data: first");
      clientSawFirst.countDown();
      while ((line = reader.readLine()) != null && !line.equals("data: second")) {
        // chunk sizes and blank lines
      }
      assertThat(line).isEqualTo("data: second");
      assertThat(seenInTime[0]).as("the first event reached the client before the second was written")
          .isTrue();
    }
  }

  /** The response's lines up to the last event. */
  private static List<String> request(Socket socket) throws Exception {
    BufferedReader reader = get(socket);
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      lines.add(line);
      if (line.equals("data: 2")) {
        return lines;
      }
    }
    throw new AssertionError("connection closed before the last event: " + lines);
  }

  /** Sends a GET on {@code socket} and returns a reader of the response. */
  private static BufferedReader get(Socket socket) throws Exception {
    socket.setSoTimeout(20_000);
    OutputStream os = socket.getOutputStream();
    os.write("GET /events HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    os.flush();
    return new BufferedReader(
        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
  }
}
