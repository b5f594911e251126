package dev.versus.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.versus.store.GatewayLogRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One {@link GatewayLogRow} as one spool line: compact JSON (the record's components by name) and a
 * {@code '\n'}. JSON escapes every newline inside strings, so a line is a row. Unknown cost
 * ({@code NaN}) is written as the string {@code "NaN"}.
 *
 * <p>Written and read with Jackson's streaming generator and parser, field by field: the same JSON
 * that data binding of the record gave (older spools read back unchanged), at a fraction of its
 * cost per request. Unknown fields are skipped; a line without a required field is damaged.
 */
final class SpoolCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private SpoolCodec() {}

  /** The row as UTF-8 JSON followed by {@code '\n'}. */
  static byte[] encode(GatewayLogRow row) {
    ByteArrayBuilder bytes = new ByteArrayBuilder(512);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartObject();
      g.writeStringField("requestId", row.requestId());
      g.writeNumberField("timeMicros", row.timeMicros());
      g.writeStringField("apiKeyHash", row.apiKeyHash());
      g.writeStringField("route", row.route());
      g.writeStringField("requestedModel", row.requestedModel());
      g.writeStringField("backend", row.backend());
      g.writeStringField("decisionReason", row.decisionReason());
      g.writeStringField("guardJson", row.guardJson());
      g.writeBooleanField("streamed", row.streamed());
      g.writeNumberField("promptTokens", row.promptTokens());
      g.writeNumberField("outputTokens", row.outputTokens());
      g.writeNumberField("reasoningTokens", row.reasoningTokens());
      g.writeNumberField("costUsd", row.costUsd()); // NaN goes out quoted, as "NaN"
      g.writeNumberField("ttftNanos", row.ttftNanos());
      g.writeNumberField("latencyNanos", row.latencyNanos());
      g.writeNumberField("httpStatus", row.httpStatus());
      g.writeStringField("errorClass", row.errorClass());
      g.writeStringField("errorMessage", row.errorMessage());
      g.writeBooleanField("redacted", row.redacted());
      g.writeStringField("prompt", row.prompt());
      g.writeStringField("response", row.response());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode gateway log row " + row.requestId(), e);
    }
    bytes.append('\n');
    byte[] line = bytes.toByteArray();
    return line;
  }

  /** The row of the line at {@code line[from, from + length)}, or empty when it is damaged. */
  static Optional<GatewayLogRow> decode(byte[] line, int from, int length) {
    if (length == 0 || line[from] != '{') {
      return Optional.empty();
    }
    try (JsonParser p = JSON.createParser(line, from, length)) {
      return Optional.of(read(p));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // malformed JSON, a wrong type, or a field missing
    }
  }

  private static GatewayLogRow read(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("not an object");
    }
    Fields f = new Fields();
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "requestId" -> f.requestId = text(p);
        case "timeMicros" -> f.timeMicros = p.getValueAsLong();
        case "apiKeyHash" -> f.apiKeyHash = text(p);
        case "route" -> f.route = text(p);
        case "requestedModel" -> f.requestedModel = text(p);
        case "backend" -> f.backend = text(p);
        case "decisionReason" -> f.decisionReason = text(p);
        case "guardJson" -> f.guardJson = text(p);
        case "streamed" -> f.streamed = p.getValueAsBoolean();
        case "promptTokens" -> f.promptTokens = p.getValueAsInt();
        case "outputTokens" -> f.outputTokens = p.getValueAsInt();
        case "reasoningTokens" -> f.reasoningTokens = p.getValueAsInt();
        case "costUsd" -> f.costUsd = value == JsonToken.VALUE_STRING
            ? Double.parseDouble(p.getText()) : p.getValueAsDouble();
        case "ttftNanos" -> f.ttftNanos = p.getValueAsLong();
        case "latencyNanos" -> f.latencyNanos = p.getValueAsLong();
        case "httpStatus" -> f.httpStatus = p.getValueAsInt();
        case "errorClass" -> f.errorClass = text(p);
        case "errorMessage" -> f.errorMessage = text(p);
        case "redacted" -> f.redacted = p.getValueAsBoolean();
        case "prompt" -> f.prompt = text(p);
        case "response" -> f.response = text(p);
        default -> p.skipChildren(); // a field from a newer version
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new IllegalArgumentException("the line ends inside the object");
    }
    f.checkStrings();
    return new GatewayLogRow(f.requestId, f.timeMicros, f.apiKeyHash, f.route, f.requestedModel,
        f.backend, f.decisionReason, f.guardJson, f.streamed, f.promptTokens, f.outputTokens,
        f.reasoningTokens, f.costUsd, f.ttftNanos, f.latencyNanos, f.httpStatus, f.errorClass,
        f.errorMessage, f.redacted, f.prompt, f.response);
  }

  /** A string field's value; anything else (a number, null, an object) makes the line damaged. */
  private static String text(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException("expected a string, got " + p.currentToken());
    }
    return p.getText();
  }

  /** The fields read so far; strings missing from the line stay null and fail the row. */
  private static final class Fields {
    String requestId;
    long timeMicros;
    String apiKeyHash;
    String route;
    String requestedModel;
    String backend;
    String decisionReason;
    String guardJson;
    boolean streamed;
    int promptTokens;
    int outputTokens;
    int reasoningTokens;
    double costUsd;
    long ttftNanos;
    long latencyNanos;
    int httpStatus;
    String errorClass;
    String errorMessage;
    boolean redacted;
    String prompt;
    String response;

    void checkStrings() {
      String[] all = {requestId, apiKeyHash, route, requestedModel, backend, decisionReason,
          guardJson, errorClass, errorMessage, prompt, response};
      for (String value : all) {
        if (value == null) {
          throw new IllegalArgumentException("a string field is missing");
        }
      }
    }
  }
}
