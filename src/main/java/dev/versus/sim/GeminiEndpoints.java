package dev.versus.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.Message;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The Gemini routes under {@code /v1beta/models}: {@code {model}:generateContent}, {@code
 * {model}:streamGenerateContent} (SSE with {@code ?alt=sse}, else one JSON array), {@code
 * {model}:countTokens}, the model list and one model. The {@code x-goog-api-key} header is accepted
 * and not checked.
 */
final class GeminiEndpoints {
  private static final String PREFIX = "/v1beta/models";

  private final ModelDirectory models;
  private final ResponseIds ids;
  private final SimServerConfig config;

  GeminiEndpoints(ModelDirectory models, ResponseIds ids, SimServerConfig config) {
    this.models = models;
    this.ids = ids;
    this.config = config;
  }

  void handle(Exchange exchange) throws IOException {
    String path = exchange.path();
    if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
      if (requireMethod(exchange, "GET")) {
        Replies.json(exchange, GeminiBodies.models(models.all()));
      }
      return;
    }
    if (!path.startsWith(PREFIX + "/")) {
      error(
          exchange,
          HttpError.of(HttpError.Kind.PATH_NOT_FOUND, "Path " + path + " was not found."));
      return;
    }
    String rest = path.substring(PREFIX.length() + 1);
    int colon = rest.lastIndexOf(':');
    if (colon < 0) {
      describe(exchange, bare(rest));
      return;
    }
    String name = bare(rest.substring(0, colon));
    String method = rest.substring(colon + 1);
    switch (method) {
      case "generateContent" -> generate(exchange, name, false);
      case "streamGenerateContent" -> generate(exchange, name, true);
      case "countTokens" -> countTokens(exchange, name);
      default ->
          error(
              exchange,
              HttpError.of(
                  HttpError.Kind.PATH_NOT_FOUND, "Method '" + method + "' was not found."));
    }
  }

  private void generate(Exchange exchange, String name, boolean stream) throws IOException {
    Optional<ObjectNode> body = body(exchange);
    if (body.isEmpty()) {
      return;
    }
    Optional<SimModel> model = model(exchange, name);
    if (model.isEmpty()) {
      return;
    }
    boolean sse = stream && exchange.query().contains("alt=sse");
    switch (GeminiRequests.parse(body.get(), name, sse)) {
      case Checked.Invalid<GenerationRequest> invalid -> error(exchange, invalid.error());
      case Checked.Valid<GenerationRequest> request -> {
        ResponseIds.Stamp stamp = ids.next("gen", name);
        var wording =
            new Answers.Wording(
                new GeminiStream(stamp),
                transcript -> {
                  byte[] one = GeminiBodies.generateContent(stamp, transcript);
                  return stream ? array(one) : one;
                });
        Answers.answer(exchange, model.get(), request.value(), wording, config.keepAliveInterval());
      }
    }
  }

  private void countTokens(Exchange exchange, String name) throws IOException {
    Optional<ObjectNode> body = body(exchange);
    if (body.isEmpty()) {
      return;
    }
    Optional<SimModel> model = model(exchange, name);
    if (model.isEmpty()) {
      return;
    }
    switch (GeminiRequests.countable(body.get())) {
      case Checked.Invalid<List<Message>> invalid -> error(exchange, invalid.error());
      case Checked.Valid<List<Message>> messages ->
          Replies.json(
              exchange, GeminiBodies.countTokens(model.get().countTokens(messages.value())));
    }
  }

  private void describe(Exchange exchange, String name) throws IOException {
    if (requireMethod(exchange, "GET")) {
      Optional<SimModel> model = model(exchange, name);
      if (model.isPresent()) {
        Replies.json(exchange, OpenAiBodies.write(GeminiBodies.model(model.get(), name)));
      }
    }
  }

  /** The POSTed JSON object, or empty after answering with the error. */
  private Optional<ObjectNode> body(Exchange exchange) throws IOException {
    if (!requireMethod(exchange, "POST")) {
      return Optional.empty();
    }
    switch (RequestBodies.readObject(exchange, config.maxBodyBytes())) {
      case Checked.Invalid<ObjectNode> invalid -> {
        error(exchange, invalid.error());
        return Optional.empty();
      }
      case Checked.Valid<ObjectNode> valid -> {
        return Optional.of(valid.value());
      }
    }
  }

  /** The model name without the {@code models/} resource prefix a client may repeat. */
  private static String bare(String name) {
    return name.startsWith("models/") ? name.substring("models/".length()) : name;
  }

  private Optional<SimModel> model(Exchange exchange, String bare) throws IOException {
    Optional<SimModel> model = models.find(bare);
    if (model.isEmpty()) {
      error(
          exchange,
          HttpError.of(
              HttpError.Kind.MODEL_NOT_FOUND,
              "Model models/" + bare + " was not found in API version v1beta."));
    }
    return model;
  }

  private boolean requireMethod(Exchange exchange, String method) throws IOException {
    if (exchange.method().equals(method)) {
      return true;
    }
    Replies.methodNotAllowed(exchange, WireFormat.GEMINI, ErrorStyle.OPENAI, method);
    return false;
  }

  private static void error(Exchange exchange, HttpError error) throws IOException {
    Replies.error(exchange, WireFormat.GEMINI, ErrorStyle.OPENAI, error);
  }

  private static byte[] array(byte[] element) {
    byte[] out = new byte[element.length + 2];
    out[0] = '[';
    System.arraycopy(element, 0, out, 1, element.length);
    out[out.length - 1] = ']';
    return out;
  }
}
