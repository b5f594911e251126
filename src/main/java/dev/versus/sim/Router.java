package dev.versus.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends each request to its wire format ({@code /v1/...} OpenAI, {@code /v1beta/...} Gemini) or to
 * {@code /health} and {@code /metrics}. An unexpected failure drops that one connection; the server
 * keeps serving.
 */
final class Router implements JdkHttpAdapter.Handler {
  private final ModelDirectory models;
  private final OpenAiEndpoints openAi;
  private final GeminiEndpoints gemini;

  Router(ModelDirectory models, SimServerConfig config) {
    this.models = models;
    ResponseIds ids = new ResponseIds(config.clock());
    this.openAi = new OpenAiEndpoints(models, ids, config);
    this.gemini = new GeminiEndpoints(models, ids, config);
  }

  @Override
  public void handle(Exchange exchange) throws IOException {
    String path = exchange.path();
    if (path.equals("/health")) {
      if (allowGet(exchange)) {
        exchange.respond(200, "text/plain; charset=utf-8", new byte[0], Map.of());
      }
    } else if (path.equals("/metrics")) {
      if (allowGet(exchange)) {
        byte[] body = MetricsText.render(models.all()).getBytes(StandardCharsets.UTF_8);
        exchange.respond(200, MetricsText.CONTENT_TYPE, body, Map.of());
      }
    } else if (path.startsWith("/v1beta/")) {
      gemini.handle(exchange);
    } else if (path.startsWith("/v1/")) {
      openAi.handle(exchange);
    } else {
      Replies.error(
          exchange,
          WireFormat.OPENAI,
          models.defaultStyle(),
          HttpError.of(
              HttpError.Kind.PATH_NOT_FOUND,
              "Invalid URL (" + exchange.method() + " " + path + ")"));
    }
  }

  private boolean allowGet(Exchange exchange) throws IOException {
    if (exchange.method().equals("GET")) {
      return true;
    }
    Replies.methodNotAllowed(exchange, WireFormat.OPENAI, models.defaultStyle(), "GET");
    return false;
  }
}
