package dev.versus.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.core.Usage;
import java.io.IOException;

/**
 * OpenAI streaming chunks: {@code chat.completion.chunk} (or {@code text_completion} for raw
 * prompts), the role on the first chunk, {@code delta.reasoning_content} for reasoning, a final
 * chunk with {@code finish_reason}, then, if asked, a usage chunk with {@code choices: []}, then
 * {@code data: [DONE]}. A failure is one {@code data: {"error": ...}} event and no {@code [DONE]}.
 */
final class OpenAiStream implements StreamEncoder {
  private final ResponseIds.Stamp stamp;
  private final boolean chat;
  private final boolean includeUsage;
  private final ErrorStyle style;
  private boolean first = true;

  OpenAiStream(ResponseIds.Stamp stamp, boolean chat, boolean includeUsage, ErrorStyle style) {
    this.stamp = stamp;
    this.chat = chat;
    this.includeUsage = includeUsage;
    this.style = style;
  }

  @Override
  public void tokens(GenerationEvent.Tokens tokens, SseWriter sse) throws IOException {
    if (!chat && tokens.content().isEmpty()) {
      return;
    }
    JsonGenerator json = header(sse);
    json.writeArrayFieldStart("choices");
    json.writeStartObject();
    json.writeNumberField("index", 0);
    if (chat) {
      json.writeObjectFieldStart("delta");
      if (first) {
        json.writeStringField("role", "assistant");
      }
      if (!tokens.content().isEmpty() || tokens.reasoning().isEmpty()) {
        json.writeStringField("content", tokens.content());
      }
      if (!tokens.reasoning().isEmpty()) {
        json.writeStringField("reasoning_content", tokens.reasoning());
      }
      json.writeEndObject();
    } else {
      json.writeStringField("text", tokens.content());
    }
    first = false;
    json.writeNullField("logprobs");
    json.writeNullField("finish_reason");
    json.writeEndObject();
    json.writeEndArray();
    footer(json, sse);
  }

  @Override
  public void done(GenerationEvent.Done done, SseWriter sse) throws IOException {
    JsonGenerator json = header(sse);
    json.writeArrayFieldStart("choices");
    json.writeStartObject();
    json.writeNumberField("index", 0);
    if (chat) {
      json.writeObjectFieldStart("delta");
      if (first) {
        json.writeStringField("role", "assistant");
        json.writeStringField("content", "");
      }
      json.writeEndObject();
    } else {
      json.writeStringField("text", "");
    }
    json.writeNullField("logprobs");
    json.writeStringField("finish_reason", done.reason().wireName());
    json.writeEndObject();
    json.writeEndArray();
    footer(json, sse);
    if (includeUsage) {
      json = header(sse);
      json.writeArrayFieldStart("choices");
      json.writeEndArray();
      json.writeFieldName("usage");
      writeUsage(json, done.usage());
      json.writeEndObject();
      sse.end();
    }
    sse.literal("[DONE]");
  }

  @Override
  public void failed(HttpError error, SseWriter sse) throws IOException {
    JsonGenerator json = sse.begin();
    json.writeTree(ErrorBodies.body(WireFormat.OPENAI, style, error));
    sse.end();
  }

  /** OpenAI's usage object, with the reasoning share under completion_tokens_details. */
  static void writeUsage(JsonGenerator json, Usage usage) throws IOException {
    json.writeStartObject();
    json.writeNumberField("prompt_tokens", usage.promptTokens());
    json.writeNumberField("completion_tokens", usage.outputTokens());
    json.writeNumberField("total_tokens", usage.totalTokens());
    json.writeObjectFieldStart("completion_tokens_details");
    json.writeNumberField("reasoning_tokens", usage.reasoningTokens());
    json.writeEndObject();
    json.writeEndObject();
  }

  private JsonGenerator header(SseWriter sse) throws IOException {
    JsonGenerator json = sse.begin();
    json.writeStartObject();
    json.writeStringField("id", stamp.id());
    json.writeStringField("object", chat ? "chat.completion.chunk" : "text_completion");
    json.writeNumberField("created", stamp.created());
    json.writeStringField("model", stamp.model());
    return json;
  }

  private void footer(JsonGenerator json, SseWriter sse) throws IOException {
    if (includeUsage) {
      json.writeNullField("usage");
    }
    json.writeEndObject();
    sse.end();
  }
}
