package dev.versus.provider.openai;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ProviderError;
import dev.versus.core.StreamEvent;
import dev.versus.core.Usage;
import dev.versus.provider.Json;
import dev.versus.provider.SseEvent;
import dev.versus.provider.StreamDecoder;
import dev.versus.provider.ResponseHeaders;
import java.time.Clock;
import java.util.Optional;

/**
 * Decodes an OpenAI chat or completions stream. Usage is emitted once, just before the finish, as
 * the last usage seen (servers with continuous usage stats send it in every chunk). {@code Finish}
 * is emitted on {@code data: [DONE]}: a stream that ends after a {@code finish_reason} but without
 * {@code [DONE]} is still {@code stream_interrupted}, because nothing proves the server finished
 * sending (usage, for one, comes after the finish reason). {@code [DONE]} without any {@code
 * finish_reason} finishes with {@code OTHER} and an empty raw reason. Only choice 0 is read.
 */
final class OpenAiStreamDecoder implements StreamDecoder {
  private final Clock clock;
  private Usage usage = Usage.none();
  private String finishReason = "";

  OpenAiStreamDecoder(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void onEvent(SseEvent event, Sink sink) {
    String data = event.data();
    if (data.equals("[DONE]")) {
      flushUsage(sink);
      FinishReason reason = finishReason.isEmpty() ? FinishReason.OTHER
          : FinishReason.fromOpenAi(finishReason);
      sink.emit(new StreamEvent.Finish(reason, finishReason));
      return;
    }
    Optional<JsonNode> parsed = Json.parse(data);
    if (parsed.isEmpty() || !parsed.get().isObject()) {
      sink.emit(new StreamEvent.Failure(ProviderError.of(ErrorClass.INVALID_RESPONSE,
          "a stream event is not a JSON object: " + Json.snippet(data.getBytes(UTF_8), 200))));
      return;
    }
    JsonNode root = parsed.get();
    JsonNode error = OpenAiWire.errorObject(root);
    if (error != null) {
      flushUsage(sink);
      sink.emit(new StreamEvent.Failure(OpenAiWire.error(200, null, error, clock)));
      return;
    }
    for (JsonNode choice : root.path("choices")) {
      if (choice.path("index").asInt(0) != 0) {
        continue;
      }
      JsonNode delta = choice.path("delta");
      String reasoning = Json.text(delta, "reasoning_content");
      if (reasoning.isEmpty()) {
        reasoning = Json.text(delta, "reasoning");
      }
      if (!reasoning.isEmpty()) {
        sink.emit(new StreamEvent.ReasoningDelta(reasoning));
      }
      String content = choice.has("text") ? Json.text(choice, "text") : Json.text(delta, "content");
      if (!content.isEmpty()) {
        sink.emit(new StreamEvent.ContentDelta(content));
      }
      String reason = Json.text(choice, "finish_reason");
      if (!reason.isEmpty()) {
        finishReason = reason;
      }
    }
    Usage reported = OpenAiWire.usage(root);
    if (reported.present()) {
      usage = reported;
    }
  }

  @Override
  public void onEnd(boolean incompleteEvent, Sink sink) {
    String detail = finishReason.isEmpty()
        ? "" : " (finish_reason '" + finishReason + "' was received)";
    sink.emit(new StreamEvent.Failure(ProviderError.of(ErrorClass.STREAM_INTERRUPTED,
        "the stream ended before data: [DONE]" + detail
            + (incompleteEvent ? ", in the middle of an event" : ""))));
  }

  private void flushUsage(Sink sink) {
    if (usage.present()) {
      sink.emit(new StreamEvent.UsageReport(usage));
    }
  }

  @Override
  public ProviderError errorOf(int status, ResponseHeaders headers, byte[] body) {
    return OpenAiWire.errorResponse(status, headers, body, clock);
  }
}
