package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server writes small SSE events without waiting for the client's delayed ACK: with Nagle's
 * algorithm on (Helidon's default) every event after the first waited ~40 ms on Linux loopback.
 */
class HelidonServerNoDelayTest {
  private static final int EVENTS = 4;
  private static final int REQUESTS = 15;

  @Test
  void streamedEvents_sequentialRequests_doNotWaitForDelayedAcks() throws Exception {
    try (HelidonServer server = HelidonServer.start("127.0.0.1", 0, (in, out) -> {
      HttpOut.EventSink sink = out.openEvents(Map.of());
      for (int i = 0; i < EVENTS; i++) {
        sink.write(("data: " + i + "\n\n").getBytes(StandardCharsets.UTF_8));
        sink.flush(); // one small write per event, as a slowly generating backend causes
      }
      sink.close();
    });
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setTcpNoDelay(true);
      OutputStream os = socket.getOutputStream();
      InputStream is = socket.getInputStream();
      long[] nanos = new long[REQUESTS];
      for (int r = 0; r < REQUESTS; r++) {
        long t0 = System.nanoTime();
        os.write("GET /events HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        os.flush();
        readUntil(is, "0\r\n\r\n"); // the last chunk of the chunked response
        nanos[r] = System.nanoTime() - t0;
      }
      Arrays.sort(nanos);
      // Nagle + delayed ACK: >= 40 ms per request; generous bound for a loaded shared machine
      assertThat(nanos[REQUESTS / 2] / 1_000_000.0).as("median ms per streamed request")
          .isLessThan(25.0);
    }
  }

  private static void readUntil(InputStream is, String end) throws Exception {
    StringBuilder seen = new StringBuilder();
    int b;
    while ((b = is.read()) >= 0) {
      seen.append((char) b);
      if (seen.length() >= end.length() && seen.lastIndexOf(end) == seen.length() - end.length()) {
        return;
      }
    }
    throw new AssertionError("connection closed before the end of the response: " + seen);
  }
}
