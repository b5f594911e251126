package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.NanoClock;
import dev.versus.core.ProviderError;
import dev.versus.provider.CallHandle;
import java.util.function.BooleanSupplier;

/**
 * One upstream attempt for a non-streamed client request. The backend is asked for a stream and
 * the answer is collected, so that a client that leaves can cancel the call: closing a stream's
 * connection is noticed by any server at its next write (a server generating a whole answer may
 * not look at its connection until the end).
 *
 * <p>The stream is read on the request's own thread. Once the call has lasted {@value
 * #CHECK_MILLIS} ms, every event from the backend (each token, for a generating model) checks
 * whether the client is still connected; a client that left cancels the call. A backend that sends
 * nothing for a long time (a long prefill) is therefore cancelled at its first token.
 */
final class WholeCall implements Upstream.Attempt {
  /** How long (milliseconds) a call runs before events start checking the client's connection. */
  static final long CHECK_MILLIS = 20;

  private final BooleanSupplier clientGone;
  private final NanoClock clock;

  WholeCall(BooleanSupplier clientGone, NanoClock clock) {
    this.clientGone = clientGone;
    this.clock = clock;
  }

  @Override
  public Upstream.Try run(Backend backend, ChatRequest request) {
    long checkFrom = clock.nanoTime() + CHECK_MILLIS * 1_000_000L;
    CallHandle handle = new CallHandle();
    boolean[] gone = new boolean[1];
    CallOutcome outcome = backend.provider().streamHere(request, event -> {
      if (!gone[0] && clock.nanoTime() >= checkFrom && clientGone.getAsBoolean()) {
        gone[0] = true;
        handle.cancel();
      }
    }, handle);
    if (gone[0]) {
      return new Upstream.Try.Ended(CallOutcome.Failed.of(
          ProviderError.of(ErrorClass.CANCELLED, "the client closed the connection")));
    }
    return switch (outcome) {
      case CallOutcome.Completed done -> new Upstream.Try.Ok(done);
      case CallOutcome.Failed failed when failed.error().errorClass() == ErrorClass.CANCELLED ->
          new Upstream.Try.Ended(failed);
      case CallOutcome.Failed failed -> new Upstream.Try.Err(failed.error());
    };
  }
}
