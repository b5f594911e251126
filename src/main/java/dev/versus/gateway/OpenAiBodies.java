package dev.versus.gateway;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAI wire format the gateway answers in (DESIGN §3): completion objects, stream chunks,
 * the usage chunk with empty {@code choices}, {@code [DONE]}, and error objects.
 */
final class OpenAiBodies {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

  private OpenAiBodies() {}

  /** Identifies one response: its id, creation time in epoch seconds and the model name shown. */
  record Header(String id, long created, String model) {}

  static byte[] completion(
      Header h, String content, String reasoning, FinishReason finish, Usage usage) {
    return JsonWriter.bytes("", g -> {
      base(g, h, "chat.completion");
      g.writeArrayFieldStart("choices");
      g.writeStartObject();
      g.writeNumberField("index", 0);
      g.writeObjectFieldStart("message");
      g.writeStringField("role", "assistant");
      g.writeStringField("content", content);
      if (!reasoning.isEmpty()) {
        g.writeStringField("reasoning_content", reasoning);
      }
      g.writeEndObject();
      g.writeStringField("finish_reason", finish.wireName());
      g.writeEndObject();
      g.writeEndArray();
      usage(g, usage);
      g.writeEndObject();
    }, "");
  }

  /** A content or reasoning chunk; {@code role} only on the first. */
  static byte[] delta(Header h, boolean first, String content, String reasoning) {
    return choiceChunk(h, g -> {
      if (first) {
        g.writeStringField("role", "assistant");
      }
      if (!content.isEmpty() || reasoning.isEmpty()) {
        g.writeStringField("content", content);
      }
      if (!reasoning.isEmpty()) {
        g.writeStringField("reasoning_content", reasoning);
      }
    }, "");
  }

  /** The last choice chunk: an empty delta and the finish reason. */
  static byte[] finish(Header h, boolean first, FinishReason reason) {
    return choiceChunk(h, g -> {
      if (first) {
        g.writeStringField("role", "assistant");
        g.writeStringField("content", "");
      }
    }, reason.wireName());
  }

  /** A chunk of one choice: {@code delta} writes the delta's fields; no finish reason when "". */
  private static byte[] choiceChunk(Header h, JsonWriter.Body delta, String finishReason) {
    return event(g -> {
      base(g, h, "chat.completion.chunk");
      g.writeArrayFieldStart("choices");
      g.writeStartObject();
      g.writeNumberField("index", 0);
      g.writeObjectFieldStart("delta");
      delta.write(g);
      g.writeEndObject();
      if (finishReason.isEmpty()) {
        g.writeNullField("finish_reason");
      } else {
        g.writeStringField("finish_reason", finishReason);
      }
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The usage chunk: {@code choices: []} and the usage, sent before {@code [DONE]}. */
  static byte[] usageChunk(Header h, Usage usage) {
    return event(g -> {
      base(g, h, "chat.completion.chunk");
      g.writeArrayFieldStart("choices");
      g.writeEndArray();
      usage(g, usage);
      g.writeEndObject();
    });
  }

  static byte[] error(ApiError error) {
    return bytes(errorObject(error));
  }

  /** A mid-stream error event; the stream ends after it, without {@code [DONE]}. */
  static byte[] errorEvent(ApiError error) {
    return event(errorObject(error));
  }

  static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private static ObjectNode errorObject(ApiError error) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode e = root.putObject("error");
    e.put("message", error.message());
    e.put("type", error.type());
    if (error.param().isEmpty()) {
      e.putNull("param");
    } else {
      e.put("param", error.param());
    }
    e.put("code", error.code());
    return root;
  }

  /** Opens the chunk or completion object and writes its identifying fields. */
  private static void base(JsonGenerator g, Header h, String object) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id());
    g.writeStringField("object", object);
    g.writeNumberField("created", h.created());
    g.writeStringField("model", h.model());
  }

  private static void usage(JsonGenerator g, Usage usage) throws IOException {
    g.writeObjectFieldStart("usage");
    g.writeNumberField("prompt_tokens", usage.promptTokens());
    g.writeNumberField("completion_tokens", usage.outputTokens());
    g.writeNumberField("total_tokens", usage.totalTokens());
    if (usage.reasoningTokens() > 0) {
      g.writeObjectFieldStart("completion_tokens_details");
      g.writeNumberField("reasoning_tokens", usage.reasoningTokens());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static byte[] event(JsonWriter.Body body) {
    return JsonWriter.bytes("data: ", body, "\n\n");
  }

  private static byte[] event(ObjectNode node) {
    byte[] json = bytes(node);
    byte[] out = new byte[json.length + 8];
    System.arraycopy("data: ".getBytes(StandardCharsets.US_ASCII), 0, out, 0, 6);
    System.arraycopy(json, 0, out, 6, json.length);
    out[out.length - 2] = '\n';
    out[out.length - 1] = '\n';
    return out;
  }
}
