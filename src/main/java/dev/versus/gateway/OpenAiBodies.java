package dev.versus.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
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
    ObjectNode root = base(h, "chat.completion");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant").put("content", content);
    if (!reasoning.isEmpty()) {
      message.put("reasoning_content", reasoning);
    }
    choice.put("finish_reason", finish.wireName());
    root.set("usage", usage(usage));
    return bytes(root);
  }

  /** A content or reasoning chunk; {@code role} only on the first. */
  static byte[] delta(Header h, boolean first, String content, String reasoning) {
    ObjectNode root = base(h, "chat.completion.chunk");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode delta = choice.putObject("delta");
    if (first) {
      delta.put("role", "assistant");
    }
    if (!content.isEmpty() || reasoning.isEmpty()) {
      delta.put("content", content);
    }
    if (!reasoning.isEmpty()) {
      delta.put("reasoning_content", reasoning);
    }
    choice.putNull("finish_reason");
    return event(root);
  }

  /** The last choice chunk: an empty delta and the finish reason. */
  static byte[] finish(Header h, boolean first, FinishReason reason) {
    ObjectNode root = base(h, "chat.completion.chunk");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode delta = choice.putObject("delta");
    if (first) {
      delta.put("role", "assistant").put("content", "");
    }
    choice.put("finish_reason", reason.wireName());
    return event(root);
  }

  /** The usage chunk: {@code choices: []} and the usage, sent before {@code [DONE]}. */
  static byte[] usageChunk(Header h, Usage usage) {
    ObjectNode root = base(h, "chat.completion.chunk");
    root.putArray("choices");
    root.set("usage", usage(usage));
    return event(root);
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

  private static ObjectNode base(Header h, String object) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", h.id()).put("object", object).put("created", h.created()).put("model", h.model());
    return root;
  }

  private static ObjectNode usage(Usage usage) {
    ObjectNode u = JSON.createObjectNode();
    u.put("prompt_tokens", usage.promptTokens());
    u.put("completion_tokens", usage.outputTokens());
    u.put("total_tokens", usage.totalTokens());
    if (usage.reasoningTokens() > 0) {
      u.putObject("completion_tokens_details").put("reasoning_tokens", usage.reasoningTokens());
    }
    return u;
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
