package dev.versus.gateway;

import java.util.Map;

/** The response side of one request, independent of the HTTP server library. Use once. */
interface HttpOut {

  /** Sends a whole response; {@code headers} include the content type. */
  void send(int status, Map<String, String> headers, byte[] body);

  /** Commits a 200 {@code text/event-stream} response and returns its writer. */
  EventSink openEvents(Map<String, String> headers);

  /**
   * Writes server-sent events to a client. Events are buffered until {@link #flush()} or {@link
   * #close()}, so that the events of one upstream read go out in one write (one chunk, one
   * syscall) instead of one each.
   */
  interface EventSink {
    /** Buffers an event; false when the client is known to have gone (nothing more can be sent). */
    boolean write(byte[] bytes);

    /** Sends what is buffered; false when the client has gone away. */
    boolean flush();

    /** Sends what is buffered and ends the response; false when the client had gone away. */
    boolean close();
  }
}
