package dev.versus.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Submits a parsed request to its model and answers in the request's wire format: an error for a
 * refusal, an SSE stream, or one whole body. A simulated cut, or a client that went away, drops the
 * connection without a clean end.
 */
final class Answers {
  static final String EVENT_STREAM = "text/event-stream; charset=utf-8";

  private Answers() {}

  /**
   * How one request's answer is worded.
   *
   * @param encoder the stream encoder, used when the request streams
   * @param body the whole body of a non-streamed answer
   */
  record Wording(StreamEncoder encoder, Function<Transcript, byte[]> body) {}

  static void answer(
      Exchange exchange,
      SimModel model,
      GenerationRequest request,
      Wording wording,
      Duration keepAlive)
      throws IOException {
    WireFormat format = request.format();
    switch (model.submit(request)) {
      case Admission.Rejected rejected ->
          Replies.error(exchange, format, model.errorStyle(), HttpError.of(rejected.fault()));
      case Admission.Accepted accepted -> {
        if (request.stream()) {
          stream(exchange, accepted.generation(), wording.encoder(), keepAlive);
        } else {
          whole(exchange, model, accepted.generation(), format, wording);
        }
      }
    }
  }

  private static void stream(
      Exchange exchange, Generation generation, StreamEncoder encoder, Duration keepAlive)
      throws IOException {
    SseWriter sse;
    try {
      OutputStream out = exchange.openStream(200, EVENT_STREAM, Map.of());
      sse = new SseWriter(out);
    } catch (IOException e) {
      generation.cancel();
      generation.close();
      throw e;
    }
    StreamPump.Outcome outcome = StreamPump.pump(generation, sse, encoder, keepAlive);
    if (outcome == StreamPump.Outcome.CUT || outcome == StreamPump.Outcome.DISCONNECTED) {
      throw exchange.abort();
    }
  }

  private static void whole(
      Exchange exchange, SimModel model, Generation generation, WireFormat format, Wording wording)
      throws IOException {
    Transcript.Result result;
    try {
      result = Transcript.read(generation);
    } catch (InterruptedException e) {
      generation.cancel();
      Thread.currentThread().interrupt();
      throw exchange.abort();
    } catch (RuntimeException e) {
      // an engine bug: answer like a server with an internal error rather than drop the connection
      result =
          new Transcript.Failed(
              new SimFault(FaultKind.INTERNAL, "simulator engine failure: " + e, Duration.ZERO));
    }
    switch (result) {
      case Transcript.Complete complete ->
          Replies.json(exchange, wording.body().apply(complete.transcript()));
      case Transcript.Failed failed ->
          Replies.error(exchange, format, model.errorStyle(), HttpError.of(failed.fault()));
      case Transcript.Cut cut -> throw exchange.abort();
    }
  }
}
