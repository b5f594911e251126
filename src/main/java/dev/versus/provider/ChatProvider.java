package dev.versus.provider;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import java.util.List;
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
   * Starts a streaming call. Events reach {@code listener} in order on one reading thread; the
   * returned handle gives the outcome and can cancel the call, which closes the connection.
   */
  StreamingCall stream(ChatRequest request, StreamListener listener);

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
