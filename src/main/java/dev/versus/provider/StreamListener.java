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

  /**
   * Every event decoded from the bytes read so far has been delivered, and the stream has not
   * ended: the next event may be far off (the next read may block). A listener that relays events
   * through a buffer sends it now; the events of one read then leave in one write.
   */
  default void onReadEnd() {}

  /** A listener that ignores everything. */
  static StreamListener ignoring() {
    return event -> {};
  }
}
