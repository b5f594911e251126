package dev.versus.provider;

import dev.versus.core.CallOutcome;
import dev.versus.core.ErrorClass;
import dev.versus.core.ProviderError;
import dev.versus.core.StreamEvent;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A streaming call over SSE shared by the clients: reads the exchange on a virtual thread, feeds
 * the body through an {@link SseParser} into a {@link StreamDecoder}, and delivers the normalised
 * events to the listener. The outcome completes as soon as the terminal event is delivered (the
 * rest of the body, normally empty, is then drained so the connection can be reused).
 */
public final class SseStreamingCall implements StreamingCall {
  private static final int MAX_ERROR_BODY_BYTES = 1 << 20;

  private final HttpExchange exchange;
  private final StreamDecoder decoder;
  private final StreamListener listener;
  private final CompletableFuture<CallOutcome> outcome = new CompletableFuture<>();
  private final OutcomeCollector collector = new OutcomeCollector();
  private boolean terminated;

  private SseStreamingCall(HttpExchange exchange, StreamDecoder decoder, StreamListener listener) {
    this.exchange = exchange;
    this.decoder = decoder;
    this.listener = listener;
  }

  /** Starts reading {@code exchange} on a new virtual thread of {@code transport}. */
  public static StreamingCall start(
      HttpTransport transport, HttpExchange exchange, StreamDecoder decoder,
      StreamListener listener) {
    SseStreamingCall call = new SseStreamingCall(exchange, decoder, listener);
    transport.startThread(call::read);
    return call;
  }

  /**
   * Runs {@code exchange} on the calling thread (see {@link ChatProvider#streamHere}): hands the
   * call to {@code onStart}, reads the whole stream and returns its outcome.
   */
  public static CallOutcome runHere(
      HttpExchange exchange, StreamDecoder decoder, StreamListener listener,
      Consumer<? super StreamingCall> onStart) {
    SseStreamingCall call = new SseStreamingCall(exchange, decoder, listener);
    onStart.accept(call);
    call.read();
    return call.outcome.join();
  }

  @Override
  public CompletableFuture<CallOutcome> outcome() {
    return outcome;
  }

  @Override
  public void cancel() {
    exchange.cancel();
  }

  private void read() {
    Handler handler = new Handler();
    try {
      Optional<ProviderError> failure = exchange.run(handler);
      if (handler.status != 0 && !handler.eventStream) {
        emit(new StreamEvent.Failure(
            decoder.errorOf(handler.status, handler.headers, handler.errorBody.toByteArray())));
      } else if (failure.isPresent()) {
        emit(new StreamEvent.Failure(failure.get()));
      } else if (!terminated) {
        decoder.onEnd(handler.parser.finish(), handler);
      }
      if (!terminated) {
        emit(new StreamEvent.Failure(ProviderError.of(
            ErrorClass.STREAM_INTERRUPTED, "the stream ended without a terminal event")));
      }
    } catch (RuntimeException | Error e) {
      exchange.cancel();
      outcome.complete(CallOutcome.Failed.of(ProviderError.of(
          ErrorClass.CANCELLED, "the stream listener or decoder failed: " + e)));
      throw e;
    } finally {
      outcome.complete(collector.outcome());
    }
  }

  private void emit(StreamEvent event) {
    if (terminated) {
      return;
    }
    boolean terminal =
        event instanceof StreamEvent.Finish || event instanceof StreamEvent.Failure;
    terminated = terminal;
    collector.accept(event);
    listener.onEvent(event);
    if (terminal) {
      outcome.complete(collector.outcome());
    }
  }

  private final class Handler implements HttpExchange.ResponseHandler, StreamDecoder.Sink {
    int status;
    boolean eventStream;
    ResponseHeaders headers;
    final ByteArrayOutputStream errorBody = new ByteArrayOutputStream();
    final SseParser parser = SseParser.create(this::onSse);

    @Override
    public void onHeaders(int statusCode, ResponseHeaders responseHeaders) {
      status = statusCode;
      headers = responseHeaders;
      // a 2xx JSON body means the server ignored "stream": it goes to errorOf like an error body
      eventStream = statusCode / 100 == 2 && !responseHeaders.firstValue("content-type")
          .map(type -> type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))
          .orElse(false);
      listener.onResponseStart(statusCode);
    }

    @Override
    public void onBody(byte[] buf, int off, int len) {
      if (!eventStream) {
        if (errorBody.size() + len <= MAX_ERROR_BODY_BYTES) {
          errorBody.write(buf, off, len);
        }
      } else if (!terminated) {
        try {
          parser.feed(buf, off, len);
        } catch (ProviderException e) {
          emit(new StreamEvent.Failure(
              ProviderError.of(ErrorClass.INVALID_RESPONSE, e.getMessage())));
        }
        if (!terminated) {
          listener.onReadEnd();
        }
      }
    }

    private void onSse(SseEvent event) {
      if (!terminated) {
        decoder.onEvent(event, this);
      }
    }

    @Override
    public void emit(StreamEvent event) {
      SseStreamingCall.this.emit(event);
    }

    @Override
    public boolean terminated() {
      return terminated;
    }
  }
}
