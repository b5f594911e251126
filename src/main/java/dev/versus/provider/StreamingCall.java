package dev.versus.provider;

import dev.versus.core.CallOutcome;
import java.util.concurrent.CompletableFuture;

/** A streaming call in progress. */
public interface StreamingCall extends Cancellable {

  /** Completes with the outcome once the last event has been delivered; never exceptionally. */
  CompletableFuture<CallOutcome> outcome();

  /**
   * Cancels the call and closes its connection so the server sees the disconnect. The outcome
   * becomes a {@code Failed} of class {@code cancelled} unless it had already completed.
   * Idempotent.
   */
  @Override
  void cancel();

  /** Blocks until the outcome is known. */
  default CallOutcome await() {
    return outcome().join();
  }
}
