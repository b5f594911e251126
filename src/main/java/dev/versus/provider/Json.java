package dev.versus.provider;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The JSON helpers the wire clients share (one thread-safe Jackson mapper). */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Serialises {@code node} to UTF-8 bytes. */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new ProviderException("cannot serialise a JSON tree", e);
    }
  }

  /** What writes one document into a generator. */
  @FunctionalInterface
  public interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * The document {@code body} writes, as UTF-8 bytes, written with the streaming generator
   * (no tree): request bodies are written once per request.
   */
  public static byte[] write(Writing body) {
    ByteArrayBuilder out = new ByteArrayBuilder(256);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new ProviderException("cannot write JSON into memory", e);
    }
    return out.toByteArray();
  }

  /** Parses {@code text}; empty when it is not JSON. */
  public static Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Parses UTF-8 {@code bytes}; empty when they are not JSON. */
  public static Optional<JsonNode> parse(byte[] bytes) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The text of a string field, or of a number field, or empty when absent or null. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return "";
    }
    return value.asText();
  }

  /** The first {@code maxChars} characters of a body, for error messages. */
  public static String snippet(byte[] body, int maxChars) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    return text.length() <= maxChars ? text : text.substring(0, maxChars) + "…";
  }
}
