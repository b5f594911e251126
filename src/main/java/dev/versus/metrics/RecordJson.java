package dev.versus.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.util.Locale;

/**
 * The JSON form of a {@link RequestRecord}: one flat object, snake_case keys, times in clock
 * nanoseconds, absent readings omitted. Version 1.
 */
final class RecordJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordJson() {}

  static ObjectNode toJson(RequestRecord r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("v", 1);
    o.put("index", r.index());
    o.put("model", r.model());
    o.put("level", r.level());
    o.put("shard", r.shard());
    Timing t = r.timing();
    o.put("intended_send_ns", t.intendedSendNanos());
    o.put("send_ns", t.sendNanos());
    putIfPresent(o, "first_byte_ns", t.firstByteNanos());
    putIfPresent(o, "first_output_ns", t.firstOutputNanos());
    putIfPresent(o, "first_answer_ns", t.firstAnswerNanos());
    o.put("last_byte_ns", t.lastByteNanos());
    o.put("output_events", t.outputEvents());
    ArrayNode gaps = o.putArray("itl_ns");
    for (long gap : t.itlNanos()) {
      gaps.add(gap);
    }
    TokenCounts k = r.tokens();
    o.put("usage_source", k.source().name().toLowerCase(Locale.ROOT));
    o.put("server_prompt_tokens", k.serverPromptTokens());
    o.put("server_output_tokens", k.serverOutputTokens());
    o.put("server_reasoning_tokens", k.serverReasoningTokens());
    o.put("client_prompt_tokens", k.clientPromptTokens());
    o.put("client_output_tokens", k.clientOutputTokens());
    o.put("client_reasoning_tokens", k.clientReasoningTokens());
    o.put("http_status", r.httpStatus());
    switch (r.status()) {
      case Status.Ok ok -> {
        o.put("status", "ok");
        o.put("finish_reason", ok.finishReason().wireName());
      }
      case Status.Error error -> {
        o.put("status", "error");
        o.put("error_class", error.errorClass().wireName());
        o.put("error_message", error.message());
      }
    }
    return o;
  }

  private static void putIfPresent(ObjectNode o, String key, long value) {
    if (value != Timing.ABSENT) {
      o.put(key, value);
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
