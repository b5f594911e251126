package dev.versus.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.core.Usage;
import java.io.IOException;

/**
 * Gemini streaming events: each a full {@code GenerateContentResponse} with this chunk's parts
 * (thought parts carry {@code "thought": true}); the last one has {@code finishReason} and {@code
 * usageMetadata}. There is no terminator: the response ends after that event. A failure is one
 * error object event.
 */
final class GeminiStream implements StreamEncoder {
  private final ResponseIds.Stamp stamp;

  GeminiStream(ResponseIds.Stamp stamp) {
    this.stamp = stamp;
  }

  @Override
  public void tokens(GenerationEvent.Tokens tokens, SseWriter sse) throws IOException {
    JsonGenerator json = sse.begin();
    json.writeStartObject();
    json.writeArrayFieldStart("candidates");
    json.writeStartObject();
    writeContent(json, tokens.content(), tokens.reasoning());
    json.writeNumberField("index", 0);
    json.writeEndObject();
    json.writeEndArray();
    writeTrailer(json, stamp);
    json.writeEndObject();
    sse.end();
  }

  @Override
  public void done(GenerationEvent.Done done, SseWriter sse) throws IOException {
    JsonGenerator json = sse.begin();
    json.writeStartObject();
    json.writeArrayFieldStart("candidates");
    json.writeStartObject();
    writeContent(json, "", "");
    json.writeStringField("finishReason", done.reason().geminiName());
    json.writeNumberField("index", 0);
    json.writeEndObject();
    json.writeEndArray();
    json.writeFieldName("usageMetadata");
    writeUsage(json, done.usage());
    writeTrailer(json, stamp);
    json.writeEndObject();
    sse.end();
  }

  @Override
  public void failed(HttpError error, SseWriter sse) throws IOException {
    JsonGenerator json = sse.begin();
    json.writeTree(ErrorBodies.body(WireFormat.GEMINI, ErrorStyle.OPENAI, error));
    sse.end();
  }

  /** {@code content: {parts: [...], role: "model"}}; thoughts first, as Gemini sends them. */
  static void writeContent(JsonGenerator json, String content, String reasoning)
      throws IOException {
    json.writeObjectFieldStart("content");
    json.writeArrayFieldStart("parts");
    if (!reasoning.isEmpty()) {
      json.writeStartObject();
      json.writeStringField("text", reasoning);
      json.writeBooleanField("thought", true);
      json.writeEndObject();
    }
    if (!content.isEmpty() || reasoning.isEmpty()) {
      json.writeStartObject();
      json.writeStringField("text", content);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("role", "model");
    json.writeEndObject();
  }

  /** Gemini's usageMetadata: candidates exclude thoughts; both are billed as output. */
  static void writeUsage(JsonGenerator json, Usage usage) throws IOException {
    json.writeStartObject();
    json.writeNumberField("promptTokenCount", usage.promptTokens());
    json.writeNumberField("candidatesTokenCount", usage.outputTokens() - usage.reasoningTokens());
    json.writeNumberField("thoughtsTokenCount", usage.reasoningTokens());
    json.writeNumberField("totalTokenCount", usage.totalTokens());
    json.writeEndObject();
  }

  static void writeTrailer(JsonGenerator json, ResponseIds.Stamp stamp) throws IOException {
    json.writeStringField("modelVersion", stamp.model());
    json.writeStringField("responseId", stamp.id());
  }
}
