package dev.versus.sim;

import java.io.IOException;

/** Turns a generation's events into one wire format's server-sent events. One per stream. */
interface StreamEncoder {

  /** One chunk of output; may write nothing (e.g. reasoning on a raw-prompt completion). */
  void tokens(GenerationEvent.Tokens tokens, SseWriter sse) throws IOException;

  /** The clean end: finish reason, usage, and the format's terminator if it has one. */
  void done(GenerationEvent.Done done, SseWriter sse) throws IOException;

  /** A failure after the stream started: one in-stream error event, no terminator. */
  void failed(HttpError error, SseWriter sse) throws IOException;
}
