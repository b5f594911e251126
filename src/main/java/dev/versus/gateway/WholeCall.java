package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.ProviderError;
import dev.versus.provider.StreamingCall;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * One upstream attempt for a non-streamed client request. The backend is asked for a stream and
 * the answer is collected, so that a client that leaves can cancel the call: closing a stream's
 * connection is noticed by any server at its next write (a server generating a whole answer may
 * not look at its connection until the end). The client's connection is checked every {@value
 * #CHECK_MILLIS} ms while waiting.
 */
final class WholeCall implements Upstream.Attempt {
  /** How often (milliseconds) the client's connection is checked while the backend works. */
  static final long CHECK_MILLIS = 20;

  private final BooleanSupplier clientGone;

  WholeCall(BooleanSupplier clientGone) {
    this.clientGone = clientGone;
  }

  @Override
  public Upstream.Try run(Backend backend, ChatRequest request) {
    StreamingCall call = backend.provider().stream(request, event -> {});
    CallOutcome outcome;
    try {
      outcome = await(call);
    } catch (InterruptedException e) {
      call.cancel();
      Thread.currentThread().interrupt();
      return cancelled("the gateway was interrupted");
    }
    if (outcome == null) {
      call.cancel();
      return cancelled("the client closed the connection");
    }
    return switch (outcome) {
      case CallOutcome.Completed done -> new Upstream.Try.Ok(done);
      case CallOutcome.Failed failed -> new Upstream.Try.Err(failed.error());
    };
  }

  /** The outcome, or null when the client went away first. */
  private CallOutcome await(StreamingCall call) throws InterruptedException {
    while (true) {
      try {
        return call.outcome().get(CHECK_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (clientGone.getAsBoolean()) {
          return null;
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException("a streaming call's outcome never fails", e);
      }
    }
  }

  private static Upstream.Try cancelled(String why) {
    return new Upstream.Try.Ended(CallOutcome.Failed.of(ProviderError.of(ErrorClass.CANCELLED, why)));
  }
}
