package dev.versus.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The JSON form of a {@link RequestRecord}: one flat object, snake_case keys, times in clock
 * nanoseconds, absent readings omitted. Version 1.
 */
final class RecordJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordJson() {}

  /**
   * The record as one line of JSON (no line end), written with a streaming generator: this runs
   * once per request on the load generator's hot path.
   */
  static String toLine(RequestRecord r) {
    StringWriter text = new StringWriter(512);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("v", 1);
      g.writeNumberField("index", r.index());
      g.writeStringField("model", r.model());
      g.writeStringField("level", r.level());
      g.writeNumberField("shard", r.shard());
      Timing t = r.timing();
      g.writeNumberField("intended_send_ns", t.intendedSendNanos());
      g.writeNumberField("send_ns", t.sendNanos());
      writeIfPresent(g, "first_byte_ns", t.firstByteNanos());
      writeIfPresent(g, "first_output_ns", t.firstOutputNanos());
      writeIfPresent(g, "first_answer_ns", t.firstAnswerNanos());
      g.writeNumberField("last_byte_ns", t.lastByteNanos());
      g.writeNumberField("output_events", t.outputEvents());
      g.writeArrayFieldStart("itl_ns");
      for (long gap : t.itlNanos()) {
        g.writeNumber(gap);
      }
      g.writeEndArray();
      TokenCounts k = r.tokens();
      g.writeStringField("usage_source", k.source().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("server_prompt_tokens", k.serverPromptTokens());
      g.writeNumberField("server_output_tokens", k.serverOutputTokens());
      g.writeNumberField("server_reasoning_tokens", k.serverReasoningTokens());
      g.writeNumberField("client_prompt_tokens", k.clientPromptTokens());
      g.writeNumberField("client_output_tokens", k.clientOutputTokens());
      g.writeNumberField("client_reasoning_tokens", k.clientReasoningTokens());
      g.writeNumberField("http_status", r.httpStatus());
      switch (r.status()) {
        case Status.Ok ok -> {
          g.writeStringField("status", "ok");
          g.writeStringField("finish_reason", ok.finishReason().wireName());
        }
        case Status.Error error -> {
          g.writeStringField("status", "error");
          g.writeStringField("error_class", error.errorClass().wireName());
          g.writeStringField("error_message", error.message());
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a request record as JSON", e); // a StringWriter
    }
    return text.toString();
  }

  private static void writeIfPresent(JsonGenerator g, String key, long value) throws IOException {
    if (value != Timing.ABSENT) {
      g.writeNumberField(key, value);
    }
  }

  /**
   * Reads a record.
   *
   * @throws IllegalArgumentException naming the missing or invalid field
   */
  static RequestRecord fromJson(JsonNode o) {
    JsonNode gapsNode = require(o, "itl_ns");
    long[] gaps = new long[gapsNode.size()];
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = gapsNode.get(i).asLong();
    }
    Timing timing =
        new Timing(
            longField(o, "intended_send_ns"),
            longField(o, "send_ns"),
            optionalLong(o, "first_byte_ns"),
            optionalLong(o, "first_output_ns"),
            optionalLong(o, "first_answer_ns"),
            longField(o, "last_byte_ns"),
            gaps,
            (int) longField(o, "output_events"));
    TokenCounts tokens =
        new TokenCounts(
            (int) longField(o, "server_prompt_tokens"),
            (int) longField(o, "server_output_tokens"),
            (int) longField(o, "server_reasoning_tokens"),
            (int) longField(o, "client_prompt_tokens"),
            (int) longField(o, "client_output_tokens"),
            (int) longField(o, "client_reasoning_tokens"),
            Usage.Source.valueOf(text(o, "usage_source").toUpperCase(Locale.ROOT)));
    Status status =
        switch (text(o, "status")) {
          case "ok" -> new Status.Ok(FinishReason.fromOpenAi(text(o, "finish_reason")));
          case "error" ->
              new Status.Error(
                  ErrorClass.fromWire(text(o, "error_class")), text(o, "error_message"));
          default -> throw new IllegalArgumentException("field 'status' must be ok or error");
        };
    return new RequestRecord(
        longField(o, "index"),
        text(o, "model"),
        text(o, "level"),
        (int) longField(o, "shard"),
        timing,
        tokens,
        (int) longField(o, "http_status"),
        status);
  }

  private static JsonNode require(JsonNode o, String key) {
    JsonNode value = o.get(key);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + key + "'");
    }
    return value;
  }

  private static long longField(JsonNode o, String key) {
    JsonNode value = require(o, key);
    if (!value.canConvertToLong()) {
      throw new IllegalArgumentException("field '" + key + "' must be an integer");
    }
    return value.asLong();
  }

  private static long optionalLong(JsonNode o, String key) {
    return o.has(key) ? longField(o, key) : Timing.ABSENT;
  }

  private static String text(JsonNode o, String key) {
    JsonNode value = require(o, key);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field '" + key + "' must be a string");
    }
    return value.asText();
  }
}
