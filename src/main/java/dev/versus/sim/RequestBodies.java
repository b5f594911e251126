package dev.versus.sim;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON request body safely: a declared length over the limit is refused before any byte is
 * read, an undeclared one is read only up to the limit, and the bytes must be valid UTF-8 and one
 * JSON object.
 */
final class RequestBodies {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RequestBodies() {}

  static Checked<ObjectNode> readObject(Exchange exchange, long maxBytes) throws IOException {
    long declared = declaredLength(exchange);
    if (declared > maxBytes) {
      return tooLarge(maxBytes);
    }
    byte[] bytes;
    try (InputStream in = exchange.requestBody()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (bytes.length > maxBytes) {
        return tooLarge(maxBytes);
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return Checked.invalid(
          HttpError.of(HttpError.Kind.INVALID_JSON, "The request body is not valid UTF-8."));
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      return Checked.invalid(
          HttpError.of(
              HttpError.Kind.INVALID_JSON,
              "The request body is not valid JSON: " + e.getOriginalMessage()));
    }
    if (node == null || node.isMissingNode()) {
      return Checked.invalid(
          HttpError.of(HttpError.Kind.INVALID_JSON, "The request body is empty; expected JSON."));
    }
    if (!(node instanceof ObjectNode object)) {
      return Checked.invalid(
          HttpError.of(
              HttpError.Kind.INVALID_TYPE,
              "The request body must be a JSON object, got " + JsonFields.describe(node) + "."));
    }
    return Checked.valid(object);
  }

  private static long declaredLength(Exchange exchange) {
    return exchange
        .header("Content-Length")
        .map(
            value -> {
              try {
                return Long.parseLong(value.trim());
              } catch (NumberFormatException e) {
                return -1L;
              }
            })
        .orElse(-1L);
  }

  private static <T> Checked<T> tooLarge(long maxBytes) {
    return Checked.invalid(
        HttpError.of(
            HttpError.Kind.BODY_TOO_LARGE,
            "The request body is larger than the limit of " + maxBytes + " bytes."));
  }
}
