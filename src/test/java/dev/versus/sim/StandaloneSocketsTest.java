package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The socket settings of a standalone {@code versus sim}, which the JDK server reads once per JVM
 * (so they are tested in a child JVM, where no earlier server has decided them): streamed responses
 * are not held back by Nagle's algorithm, and many keep-alive clients keep their connections.
 */
class StandaloneSocketsTest {
  private static final int STREAMS = 20;
  /** More keep-alive clients than the JDK server's default idle-connection limit (200). */
  private static final int CLIENTS = 260;

  private static Process sim;
  private static URI base;

  @BeforeAll
  static void startSim() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    sim = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "dev.versus.cli.Main", "sim", "--profile", "instant", "--port", "0")
        .redirectErrorStream(true).start();
    base = baseUri(sim);
  }

  @AfterAll
  static void stopSim() throws InterruptedException {
    sim.destroy();
    sim.waitFor(10, TimeUnit.SECONDS);
  }

  /**
   * A client that acknowledges lazily, like wrk, times sequential streams on one connection: with
   * Nagle on, each takes at least Linux's 40 ms delayed-ACK time.
   */
  @Test
  void sequentialInstantStreams_onOneConnection_takeFarLessThanTheDelayedAckTime() throws Exception {
    long[] millis = new long[STREAMS];
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      for (int i = 0; i < STREAMS; i++) {
        long start = System.nanoTime();
        streamOnce(socket, base);
        millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      }
    }
    Arrays.sort(millis);
    // Nagle + delayed ACK costs >= 40 ms per stream; a busy shared machine stays well under 30.
    assertThat(millis[STREAMS / 2]).as("median ms per stream, all: %s", Arrays.toString(millis))
        .isLessThan(30);
  }

  /**
   * Every client finishes a first stream, so all connections are idle at once, then sends a second
   * on the same connection; the JDK server's default closes connections beyond 200 idle ones.
   */
  @Test
  void manyKeepAliveClients_allIdleAtOnce_keepTheirConnections() throws Exception {
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < CLIENTS; i++) {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(10_000);
        sockets.add(socket);
        streamOnce(socket, base);
      }
      int reused = 0;
      for (Socket socket : sockets) {
        try {
          streamOnce(socket, base);
          reused++;
        } catch (IOException | AssertionError e) {
          // closed by the server while idle
        }
      }
      assertThat(reused).isEqualTo(CLIENTS);
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  private static URI baseUri(Process sim) throws IOException {
    BufferedReader out = new BufferedReader(
        new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      int at = line.indexOf("listening on ");
      if (at >= 0) {
        Thread.ofVirtual().start(() -> drain(out));
        return URI.create(line.substring(at + "listening on ".length()).trim());
      }
    }
    throw new IOException("versus sim exited before listening");
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // keep the child's stdout from filling up
      }
    } catch (IOException e) {
      // the child ended
    }
  }

  /** Sends one streaming request and reads its chunked response up to the last chunk. */
  private static void streamOnce(Socket socket, URI base) throws IOException {
    byte[] body = SimHttp.chatBody("instant", true, "\"max_tokens\":16").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(("POST /v1/chat/completions HTTP/1.1\r\nHost: " + base.getHost()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(body);
    // one write, as wrk does: a second small write would meet Nagle on this side
    OutputStream out = socket.getOutputStream();
    out.write(request.toByteArray());
    out.flush();
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    byte[] end = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    while (!endsWith(received.toByteArray(), end)) {
      int n = in.read(buf);
      assertThat(n).as("bytes read; so far: %s", received).isPositive();
      received.write(buf, 0, n);
    }
    assertThat(received.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200").contains("[DONE]");
  }

  private static boolean endsWith(byte[] bytes, byte[] suffix) {
    return bytes.length >= suffix.length && Arrays.equals(
        bytes, bytes.length - suffix.length, bytes.length, suffix, 0, suffix.length);
  }

}
