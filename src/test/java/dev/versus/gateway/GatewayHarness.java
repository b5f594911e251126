package dev.versus.gateway;

import dev.versus.core.NanoClock;
import dev.versus.sim.Profile;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Simulated backends plus a gateway in front of them, all on loopback, and a plain JDK HTTP
 * client. The gateway YAML refers to the simulators as {@code ${NAME}} (OpenAI base URL) and
 * {@code ${NAME_ROOT}} (root URL, for Gemini backends).
 */
final class GatewayHarness implements AutoCloseable {
  final Map<String, SimServer> sims;
  final GatewayServer gateway;
  final MemoryInteractionLog log = new MemoryInteractionLog();
  final HttpClient client;

  private GatewayHarness(Map<String, SimServer> sims, String yaml, Map<String, String> extraEnv) {
    this.sims = sims;
    Map<String, String> env = new HashMap<>(extraEnv);
    sims.forEach((name, sim) -> {
      env.put(name, sim.openAiBaseUri().toString());
      env.put(name + "_ROOT", sim.baseUri().toString());
    });
    GatewayConfig config = GatewayConfigReader.parse("test.yaml", yaml, env::get);
    this.gateway = GatewayServer.start(
        config, GatewayServer.providers(config), log, NanoClock.system());
    // built after the gateway's own clients, so that the provider transport's settings for the
    // JDK client (read once per JVM, by the first client) apply in a test run that starts here
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Starts one simulator per profile (keyed by the profile's name) and the gateway. */
  static GatewayHarness start(String yaml, Profile... profiles) {
    return start(yaml, Map.of(), profiles);
  }

  /** As {@link #start(String, Profile...)}, with more {@code ${NAME}} values for the YAML. */
  static GatewayHarness start(String yaml, Map<String, String> env, Profile... profiles) {
    Map<String, SimServer> sims = new LinkedHashMap<>();
    try {
      for (Profile p : profiles) {
        sims.put(p.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace('.', '_'),
            SimServer.start(SimModels.create(p, 7)));
      }
      return new GatewayHarness(sims, yaml, env);
    } catch (RuntimeException e) {
      sims.values().forEach(SimServer::close);
      throw e;
    }
  }

  URI uri(String path) {
    return URI.create(gateway.address() + path);
  }

  /** A chat body with one user message. */
  static String chat(String model, String prompt, boolean stream, int maxTokens) {
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":"
        + quote(prompt) + "}],\"max_tokens\":" + maxTokens
        + (stream ? ",\"stream\":true,\"stream_options\":{\"include_usage\":true}" : "") + "}";
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  HttpResponse<String> post(String body, String... headers) {
    return send(HttpRequest.newBuilder(uri("/v1/chat/completions"))
        .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
  }

  HttpResponse<String> postBytes(byte[] body, String... headers) {
    return send(HttpRequest.newBuilder(uri("/v1/chat/completions"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), headers);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
    builder.timeout(Duration.ofSeconds(30)).header("content-type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The {@code data:} payloads of an SSE body, in order. */
  static List<String> dataLines(String body) {
    return body.lines().filter(l -> l.startsWith("data: ")).map(l -> l.substring(6)).toList();
  }

  SimServer sim(String name) {
    return sims.get(name);
  }

  @Override
  public void close() {
    try {
      gateway.close();
    } finally {
      client.shutdownNow(); // close() would wait for keep-alive connections
      sims.values().forEach(SimServer::close);
    }
  }
}
