package dev.versus.provider;

import dev.versus.core.StreamEvent;

/**
 * Receives the events of one streaming call, in order, on the thread that reads the response.
 * Callbacks must return quickly; timing code reads its clock inside them.
 */
@FunctionalInterface
public interface StreamListener {

  /** The response status line and headers arrived (the first byte of the response). */
  default void onResponseStart(int httpStatus) {}

  /** One normalised event; the last one is a {@code Finish} or a {@code Failure}. */
  void onEvent(StreamEvent event);

  /** A listener that ignores everything. */
  static StreamListener ignoring() {
    return event -> {};
  }
}
