package dev.versus.provider;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.OptionalInt;

/**
 * A client for one model endpoint. Implementations never retry (the caller decides: bench records
 * errors as data, eval and the gateway retry) and never throw for an expected failure: an HTTP
 * error, a timeout, a cut stream or a cancellation is a {@link CallOutcome.Failed}.
 *
 * <p>Implementations are thread-safe; one instance serves many concurrent calls.
 */
public interface ChatProvider extends AutoCloseable {

  /** A short label for reports, e.g. {@code openai:llama-4-maverick@http://127.0.0.1:8000/v1}. */
  String label();

  /** The model name sent on the wire. */
  String model();

  /** A non-streaming call; blocks the calling (virtual) thread until the outcome is known. */
  CallOutcome call(ChatRequest request);

  /**
   * A non-streaming call like {@link #call(ChatRequest)} that another thread can cancel: {@code
   * onStart} receives the call's handle before the request is sent, and cancelling it closes the
   * connection (the outcome is then a {@code Failed} of class {@code cancelled}). Whether the
   * server stops generating when its client leaves is up to the server: vLLM notices at once,
   * a server that looks at its connection only when it writes notices at the end.
   *
   * <p>The default streams the answer and collects it ({@link #streamHere}), which any server
   * notices at its next write; the HTTP clients override it with a real non-streaming request.
   */
  default CallOutcome call(ChatRequest request, Consumer<? super Cancellable> onStart) {
    return streamHere(request, event -> {}, onStart);
  }

  /**
   * Starts a streaming call. Events reach {@code listener} in order on one reading thread; the
   * returned handle gives the outcome and can cancel the call, which closes the connection.
   */
  StreamingCall stream(ChatRequest request, StreamListener listener);

  /**
   * Streams like {@link #stream}, but reads the response on the calling thread when it is a
   * virtual thread: events reach {@code listener} on this thread and the outcome is returned, with
   * no hand-off between threads per call or per event. {@code onStart} receives the call's handle
   * before the request is sent, so another thread (or the listener itself) can cancel it; an
   * interrupt of the calling thread cancels it too.
   *
   * <p>The default runs {@link #stream} and waits for its outcome.
   */
  default CallOutcome streamHere(
      ChatRequest request, StreamListener listener, Consumer<? super StreamingCall> onStart) {
    StreamingCall call = stream(request, listener);
    onStart.accept(call);
    try {
      return call.outcome().get();
    } catch (InterruptedException e) {
      call.cancel();
      Thread.currentThread().interrupt();
      return call.outcome().join();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a streaming call's outcome never fails", e.getCause());
    }
  }

  /**
   * Lists the models the endpoint serves.
   *
   * @throws ProviderException when the endpoint cannot be reached or answers with an error
   */
  List<String> listModels();

  /** Counts prompt tokens server-side where the API offers it (Gemini's countTokens). */
  default OptionalInt countTokens(ChatRequest request) {
    return OptionalInt.empty();
  }

  /** Releases connections and threads. */
  @Override
  void close();
}
