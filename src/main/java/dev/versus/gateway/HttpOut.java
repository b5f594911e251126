package dev.versus.gateway;

import java.util.Map;

/** The response side of one request, independent of the HTTP server library. Use once. */
interface HttpOut {

  /** Sends a whole response; {@code headers} include the content type. */
  void send(int status, Map<String, String> headers, byte[] body);

  /** Commits a 200 {@code text/event-stream} response and returns its writer. */
  EventSink openEvents(Map<String, String> headers);

  /** Writes server-sent events to a client. */
  interface EventSink {
    /** Writes and flushes; false when the client has gone away (nothing more can be sent). */
    boolean write(byte[] bytes);

    /** Ends the response. */
    void close();
  }
}
