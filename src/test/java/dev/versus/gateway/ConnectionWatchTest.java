package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A watched connection (a non-streamed request that waited for its backend) stays usable: the
 * bytes the watcher read ahead are the next request, and Helidon parses them.
 */
class ConnectionWatchTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        slow: { provider: openai, base-url: "${SLOW}", model: slow }
      routes:
        - { model: slow, use: slow }
      """;
  private static GatewayHarness h;

  @BeforeAll
  static void start() {
    h = GatewayHarness.start(YAML, TestProfiles.quick("slow", 5));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void watchedRequest_thenNextRequestOnTheSameConnection_bothAnswered() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", h.gateway.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      // 8 to 16 tokens at 5 ms a step: well past the 20 ms after which the connection is watched
      for (int i = 0; i < 3; i++) {
        send(out, GatewayHarness.chat("slow", "hola " + i, false, 50));
        String response = readResponse(in);
        assertThat(response).startsWith("HTTP/1.1 200").contains("\"finish_reason\"");
      }
    }
  }

  private static void send(OutputStream out, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.flush();
  }

  /** One response with a Content-Length body: head and body as text. */
  private static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      assertThat(b).as("connection closed mid-response").isNotNegative();
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.US_ASCII);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
