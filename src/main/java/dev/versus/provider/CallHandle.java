package dev.versus.provider;

import java.util.function.Consumer;

/**
 * Holds a call's handle for {@link ChatProvider#streamHere} or {@link ChatProvider#call(
 * dev.versus.core.ChatRequest, Consumer)}, so that it can be cancelled from the listener or another
 * thread even before the provider has handed the handle over (the cancellation then applies as soon
 * as it does).
 */
public final class CallHandle implements Consumer<Cancellable> {
  private volatile Cancellable call;
  private volatile boolean cancelled;

  /** Receives the handle; pass this object as {@code onStart}. */
  @Override
  public void accept(Cancellable started) {
    call = started;
    if (cancelled) {
      started.cancel();
    }
  }

  /** Cancels the call now, or as soon as its handle arrives. */
  public void cancel() {
    cancelled = true;
    Cancellable started = call;
    if (started != null) {
      started.cancel();
    }
  }
}
