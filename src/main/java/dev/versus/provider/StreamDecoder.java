package dev.versus.provider;

import dev.versus.core.ProviderError;
import dev.versus.core.StreamEvent;

/**
 * Turns one wire format's SSE events into normalised {@link StreamEvent}s. One instance per call,
 * used by {@link SseStreamingCall} on its reading thread only.
 */
public interface StreamDecoder {

  /** Where a decoder emits events; events after the terminal one are dropped. */
  interface Sink {
    void emit(StreamEvent event);

    /** Whether a {@code Finish} or {@code Failure} was emitted already. */
    boolean terminated();
  }

  /** One SSE event of a successful (2xx) response. */
  void onEvent(SseEvent event, Sink sink);

  /**
   * The successful response's body ended before a terminal event was emitted; the decoder emits
   * one. {@code incompleteEvent} tells whether the stream stopped in the middle of an event.
   */
  void onEnd(boolean incompleteEvent, Sink sink);

  /**
   * Maps a response that is not an event stream to an error: a non-2xx response, or a 2xx JSON
   * body (a server that ignored the stream flag; {@code invalid_response} unless it holds an
   * error object). {@code body} is the whole body, possibly cut short.
   */
  ProviderError errorOf(int status, ResponseHeaders headers, byte[] body);
}
