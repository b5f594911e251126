package dev.versus.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The OpenAI-compatible routes: {@code POST /v1/chat/completions}, {@code POST /v1/completions},
 * {@code GET /v1/models} and {@code GET /v1/models/{id}}.
 */
final class OpenAiEndpoints {
  private final ModelDirectory models;
  private final ResponseIds ids;
  private final SimServerConfig config;

  OpenAiEndpoints(ModelDirectory models, ResponseIds ids, SimServerConfig config) {
    this.models = models;
    this.ids = ids;
    this.config = config;
  }

  void handle(Exchange exchange) throws IOException {
    String path = exchange.path();
    switch (path) {
      case "/v1/chat/completions" -> generate(exchange, true);
      case "/v1/completions" -> generate(exchange, false);
      case "/v1/models" -> {
        if (requireMethod(exchange, "GET")) {
          long created = config.clock().instant().getEpochSecond();
          Replies.json(exchange, OpenAiBodies.models(models.all(), created));
        }
      }
      default -> {
        if (path.startsWith("/v1/models/")) {
          model(exchange, path.substring("/v1/models/".length()));
        } else {
          notFound(exchange);
        }
      }
    }
  }

  private void generate(Exchange exchange, boolean chat) throws IOException {
    if (!requireMethod(exchange, "POST")) {
      return;
    }
    ErrorStyle style = models.defaultStyle();
    switch (RequestBodies.readObject(exchange, config.maxBodyBytes())) {
      case Checked.Invalid<ObjectNode> invalid ->
          Replies.error(exchange, WireFormat.OPENAI, style, invalid.error());
      case Checked.Valid<ObjectNode> body -> {
        switch (OpenAiRequests.parse(body.value(), chat)) {
          case Checked.Invalid<OpenAiRequests.Call> invalid ->
              Replies.error(exchange, WireFormat.OPENAI, style, invalid.error());
          case Checked.Valid<OpenAiRequests.Call> call -> run(exchange, call.value());
        }
      }
    }
  }

  private void run(Exchange exchange, OpenAiRequests.Call call) throws IOException {
    GenerationRequest request = call.request();
    var model = models.find(request.model());
    if (model.isEmpty()) {
      Replies.error(
          exchange, WireFormat.OPENAI, models.defaultStyle(), modelNotFound(request.model()));
      return;
    }
    ResponseIds.Stamp stamp = ids.next(call.chat() ? "chatcmpl" : "cmpl", request.model());
    var wording =
        new Answers.Wording(
            new OpenAiStream(
                stamp,
                call.chat(),
                call.includeUsage() && !config.omitUsage(),
                model.get().errorStyle()),
            transcript ->
                OpenAiBodies.completion(stamp, call.chat(), transcript, !config.omitUsage()));
    Answers.answer(exchange, model.get(), request, wording, config.keepAliveInterval());
  }

  private void model(Exchange exchange, String name) throws IOException {
    if (!requireMethod(exchange, "GET")) {
      return;
    }
    if (models.find(name).isEmpty()) {
      Replies.error(exchange, WireFormat.OPENAI, models.defaultStyle(), modelNotFound(name));
      return;
    }
    Replies.json(exchange, OpenAiBodies.model(name, config.clock().instant().getEpochSecond()));
  }

  private boolean requireMethod(Exchange exchange, String method) throws IOException {
    if (exchange.method().equals(method)) {
      return true;
    }
    Replies.methodNotAllowed(exchange, WireFormat.OPENAI, models.defaultStyle(), method);
    return false;
  }

  private void notFound(Exchange exchange) throws IOException {
    Replies.error(
        exchange,
        WireFormat.OPENAI,
        models.defaultStyle(),
        HttpError.of(
            HttpError.Kind.PATH_NOT_FOUND,
            "Invalid URL (" + exchange.method() + " " + exchange.path() + ")"));
  }

  static HttpError modelNotFound(String name) {
    return HttpError.of(HttpError.Kind.MODEL_NOT_FOUND, "The model `" + name + "` does not exist.");
  }
}
