package dev.versus.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A real HTTP client for tests against a running {@link SimServer} on loopback. */
final class SimHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Clock FIXED_CLOCK =
      Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  SimHttp(SimServer server) {
    this.base = server.baseUri();
  }

  /** Starts a server on a free loopback port with a fixed clock and a short keep-alive. */
  static SimServer start(SimModel... models) {
    return SimServer.start(
        List.of(models),
        SimServerConfig.defaults()
            .withClock(FIXED_CLOCK)
            .withKeepAliveInterval(Duration.ofMillis(200)));
  }

  HttpResponse<String> post(String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> postBytes(String path, byte[] body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpClient client() {
    return client;
  }

  URI uri(String path) {
    return base.resolve(path);
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The payloads of an SSE body's {@code data:} events, in order; checks the blank-line framing.
   */
  static List<String> dataEvents(String body) {
    List<String> out = new ArrayList<>();
    for (String event : body.split("\n\n", -1)) {
      if (event.isEmpty() || event.startsWith(":")) {
        continue;
      }
      if (!event.startsWith("data: ") || event.contains("\n")) {
        throw new AssertionError("not one data line per event: <" + event + "> in " + body);
      }
      out.add(event.substring("data: ".length()));
    }
    if (!body.endsWith("\n\n")) {
      throw new AssertionError("SSE body does not end with a blank line: " + body);
    }
    return out;
  }

  /**
   * Sends a raw HTTP/1.1 request on a new socket and returns everything the server sent until it
   * closed the connection. The client half-closes after the body, so a server that drains an unread
   * body sees the end of it.
   */
  String raw(String requestHead, byte[] body) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(requestHead.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String chatBody(String model, boolean stream, String extra) {
    return "{\"model\":\""
        + model
        + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}],"
        + "\"stream\":"
        + stream
        + (extra.isEmpty() ? "" : "," + extra)
        + "}";
  }
}
