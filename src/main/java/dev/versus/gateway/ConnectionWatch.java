package dev.versus.gateway;

import io.helidon.webserver.ConnectionContext;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Notices a client that closes its connection while its request is being handled (see {@link
 * HelidonServer}). Started on demand: a virtual thread blocks in a read on the connection's own
 * Helidon reader, which ends with the client's next bytes (a keep-alive client's next request, kept
 * in the reader for the connection to parse) or with end of stream or an error: the client is gone.
 * The reader is not thread-safe, so before the connection may read again the handler must call
 * {@link #finish()}, which waits for the read; a client that neither sends nor closes within {@link
 * #KEEP_ALIVE} after its response has its connection closed (an ordinary keep-alive timeout).
 *
 * <p>{@link #getAsBoolean()} and {@link #finish()} are called by the request's thread only.
 */
final class ConnectionWatch implements BooleanSupplier {
  /** The connection whose request this (connection) thread is handling; set by Helidon's listener. */
  static final ThreadLocal<ConnectionContext> CONNECTION = new ThreadLocal<>();
  /** How long a watched connection may stay silent after its response before it is closed. */
  static final Duration KEEP_ALIVE = Duration.ofSeconds(60);

  private final ConnectionContext connection;
  private Thread reader;
  private volatile boolean gone;

  /** @param connection the request's connection, or null when unknown (then never gone) */
  ConnectionWatch(ConnectionContext connection) {
    this.connection = connection;
  }

  /** Whether the client has gone; the first call starts watching. Call after the body is read. */
  @Override
  public boolean getAsBoolean() {
    if (reader == null) {
      if (connection == null || connection.dataReader().available() > 0) {
        return false; // unknown connection, or a pipelined request already read: cannot tell
      }
      reader = Thread.ofVirtual().name("gateway-client-watch").start(this::readAhead);
    }
    return gone;
  }

  /** Waits until the connection may be read again; closes it when the client stays silent. */
  void finish() {
    Thread started = reader;
    if (started == null) {
      return;
    }
    try {
      if (!started.join(KEEP_ALIVE)) {
        connection.serverSocket().close();
        started.join();
      }
    } catch (InterruptedException e) {
      connection.serverSocket().close();
      Thread.currentThread().interrupt();
    }
  }

  private void readAhead() {
    try {
      connection.dataReader().pullData();
    } catch (RuntimeException e) { // end of stream, reset, or the socket closed by finish()
      gone = true;
    }
  }
}
