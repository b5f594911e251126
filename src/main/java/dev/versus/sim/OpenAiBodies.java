package dev.versus.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.Usage;
import java.util.List;

/** Whole (non-streamed) OpenAI response bodies: completions and the model list. */
final class OpenAiBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenAiBodies() {}

  /** A {@code chat.completion} or {@code text_completion} object. */
  static byte[] completion(
      ResponseIds.Stamp stamp, boolean chat, Transcript transcript, boolean withUsage) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", stamp.id());
    root.put("object", chat ? "chat.completion" : "text_completion");
    root.put("created", stamp.created());
    root.put("model", stamp.model());
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    if (chat) {
      ObjectNode message = choice.putObject("message");
      message.put("role", "assistant");
      message.put("content", transcript.content());
      if (!transcript.reasoning().isEmpty()) {
        message.put("reasoning_content", transcript.reasoning());
      }
    } else {
      choice.put("text", transcript.content());
    }
    choice.putNull("logprobs");
    choice.put("finish_reason", transcript.done().reason().wireName());
    if (withUsage) {
      usage(root.putObject("usage"), transcript.done().usage());
    }
    return write(root);
  }

  /** {@code GET /v1/models}: every served name of every model. */
  static byte[] models(List<SimModel> models, long createdEpochSeconds) {
    ObjectNode root = JSON.createObjectNode();
    root.put("object", "list");
    ArrayNode data = root.putArray("data");
    for (SimModel model : models) {
      for (String name : model.servedNames()) {
        data.add(entry(name, createdEpochSeconds).put("root", model.name()));
      }
    }
    return write(root);
  }

  /** {@code GET /v1/models/{id}}. */
  static byte[] model(String name, long createdEpochSeconds) {
    return write(entry(name, createdEpochSeconds));
  }

  private static ObjectNode entry(String name, long createdEpochSeconds) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("id", name);
    entry.put("object", "model");
    entry.put("created", createdEpochSeconds);
    entry.put("owned_by", "versus-sim");
    return entry;
  }

  private static void usage(ObjectNode node, Usage usage) {
    node.put("prompt_tokens", usage.promptTokens());
    node.put("completion_tokens", usage.outputTokens());
    node.put("total_tokens", usage.totalTokens());
    node.putObject("completion_tokens_details").put("reasoning_tokens", usage.reasoningTokens());
  }

  static byte[] write(ObjectNode root) {
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a response body", e);
    }
  }
}
