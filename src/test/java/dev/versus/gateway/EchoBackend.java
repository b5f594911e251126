package dev.versus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible backend on loopback that answers with the request's system prompt (or
 * "no system prompt"), as a model that leaks its instructions would; streams when asked. Records
 * every request body.
 */
final class EchoBackend implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  final List<String> bodies = new CopyOnWriteArrayList<>();

  private EchoBackend(HttpServer server) {
    this.server = server;
  }

  static EchoBackend start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      EchoBackend echo = new EchoBackend(server);
      server.createContext("/v1/chat/completions", echo::answer);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.start();
      return echo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The OpenAI base URL, {@code http://127.0.0.1:PORT/v1}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  private static final int CHUNK_CHARS = 6;

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    bodies.add(body);
    JsonNode request = JSON.readTree(body);
    String text = "no system prompt";
    for (JsonNode m : request.path("messages")) {
      if (m.path("role").asText().equals("system")) {
        text = "My instructions say: " + m.path("content").asText();
        break;
      }
    }
    boolean stream = request.path("stream").asBoolean(false);
    ObjectNode reply = JSON.createObjectNode().put("id", "echo").put("model", "echo");
    ObjectNode choice = reply.putArray("choices").addObject().put("index", 0);
    byte[] out;
    if (stream) {
      // six characters per chunk, so a canary token arrives split across chunks
      StringBuilder events = new StringBuilder();
      for (int i = 0; i < text.length(); i += CHUNK_CHARS) {
        choice.putObject("delta")
            .put("content", text.substring(i, Math.min(text.length(), i + CHUNK_CHARS)));
        events.append("data: ").append(reply).append("\n\n");
      }
      ObjectNode last = JSON.createObjectNode().put("id", "echo").put("model", "echo");
      last.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
          .putObject("delta");
      out = (events + "data: " + last + "\n\ndata: [DONE]\n\n")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("content-type", "text/event-stream");
    } else {
      choice.put("finish_reason", "stop").putObject("message").put("role", "assistant")
          .put("content", text);
      out = reply.toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("content-type", "application/json");
    }
    exchange.sendResponseHeaders(200, out.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
