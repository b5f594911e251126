package dev.versus.provider;

/** A call in progress that can be cancelled from any thread. */
@FunctionalInterface
public interface Cancellable {

  /**
   * Cancels the call and closes its connection so the server sees the disconnect; the call's
   * outcome becomes a {@code Failed} of class {@code cancelled} unless it had already completed.
   * Idempotent; does nothing once the call has ended.
   */
  void cancel();
}
