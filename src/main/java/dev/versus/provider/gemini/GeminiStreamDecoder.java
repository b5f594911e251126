package dev.versus.provider.gemini;

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
 * Decodes a Gemini {@code streamGenerateContent?alt=sse} stream. Each event is a full response;
 * there is no end marker, so {@code Finish} (preceded by the last usage seen) is emitted when the
 * body ends after an event that carried a {@code finishReason}. A body that ends without one is
 * {@code stream_interrupted}.
 */
final class GeminiStreamDecoder implements StreamDecoder {
  private final Clock clock;
  private Usage usage = Usage.none();
  private String finishReason = "";
  private boolean blocked;

  GeminiStreamDecoder(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void onEvent(SseEvent event, Sink sink) {
    Optional<JsonNode> parsed = Json.parse(event.data());
    if (parsed.isEmpty() || !parsed.get().isObject()) {
      sink.emit(new StreamEvent.Failure(ProviderError.of(ErrorClass.INVALID_RESPONSE,
          "a stream event is not a JSON object: "
              + Json.snippet(event.data().getBytes(UTF_8), 200))));
      return;
    }
    JsonNode error = GeminiWire.errorObject(parsed.get());
    if (error != null) {
      flushUsage(sink);
      sink.emit(new StreamEvent.Failure(GeminiWire.error(200, null, error, clock)));
      return;
    }
    GeminiWire.Chunk chunk = GeminiWire.chunk(parsed.get());
    for (GeminiWire.Part part : chunk.parts()) {
      sink.emit(part.thought()
          ? new StreamEvent.ReasoningDelta(part.text())
          : new StreamEvent.ContentDelta(part.text()));
    }
    if (chunk.usage().present()) {
      usage = chunk.usage();
    }
    if (!chunk.finishReason().isEmpty()) {
      finishReason = chunk.finishReason();
      blocked = chunk.blocked();
    }
  }

  @Override
  public void onEnd(boolean incompleteEvent, Sink sink) {
    flushUsage(sink);
    if (finishReason.isEmpty()) {
      sink.emit(new StreamEvent.Failure(ProviderError.of(ErrorClass.STREAM_INTERRUPTED,
          "the stream ended without an event carrying finishReason"
              + (incompleteEvent ? ", in the middle of an event" : ""))));
    } else {
      FinishReason reason = blocked ? FinishReason.CONTENT_FILTER
          : FinishReason.fromGemini(finishReason);
      sink.emit(new StreamEvent.Finish(reason, finishReason));
    }
  }

  private void flushUsage(Sink sink) {
    if (usage.present()) {
      sink.emit(new StreamEvent.UsageReport(usage));
    }
  }

  @Override
  public ProviderError errorOf(int status, ResponseHeaders headers, byte[] body) {
    return GeminiWire.errorResponse(status, headers, body, clock);
  }
}
