package dev.versus.gateway;

import io.helidon.webserver.ConnectionContext;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Notices a client that closes its connection while its request is being handled (see {@link
 * HelidonServer}). Started on demand ({@link #whenGone}): a virtual thread blocks in a read on the
 * connection's own Helidon reader, which ends with the client's next bytes (a keep-alive client's
 * next request, kept in the reader for the connection to parse) or with end of stream or an error:
 * the client is gone, and the action runs. The reader is not thread-safe, so before the connection
 * may read again the handler must call {@link #finish()}, which waits for the read; a client that
 * neither sends nor closes within {@link #KEEP_ALIVE} after its response has its connection closed
 * (an ordinary keep-alive timeout).
 *
 * <p>{@link #whenGone} may be called from any thread once the request body has been read (the
 * request's thread does not touch the reader until {@link #finish()}); {@link #finish()} is called
 * by the request's thread.
 */
final class ConnectionWatch implements HttpIn.ClientWatch {
  /** The connection whose request this (connection) thread is handling; set by Helidon's listener. */
  static final ThreadLocal<ConnectionContext> CONNECTION = new ThreadLocal<>();
  /** How long a watched connection may stay silent after its response before it is closed. */
  static final Duration KEEP_ALIVE = Duration.ofSeconds(60);

  private final Optional<ConnectionContext> connection;
  /** Guards the fields below. */
  private final ReentrantLock lock = new ReentrantLock();
  private Thread reader;
  private Runnable onGone;
  private boolean gone;
  private boolean finished;

  /** @param connection the request's connection, empty when unknown (then never gone) */
  ConnectionWatch(Optional<ConnectionContext> connection) {
    this.connection = connection;
  }

  @Override
  public void whenGone(Runnable action) {
    lock.lock();
    try {
      if (finished || connection.isEmpty()) {
        return;
      }
      if (!gone) {
        onGone = action;
        if (reader == null && connection.get().dataReader().available() == 0) {
          // with bytes already read ahead (a pipelined request) the client's close cannot be seen
          reader = Thread.ofVirtual().name("gateway-client-watch").start(this::readAhead);
        }
        return;
      }
    } finally {
      lock.unlock();
    }
    action.run(); // gone already
  }

  /** Waits until the connection may be read again; closes it when the client stays silent. */
  void finish() {
    Thread started;
    lock.lock();
    try {
      finished = true;
      onGone = null;
      started = reader;
    } finally {
      lock.unlock();
    }
    if (started == null) {
      return;
    }
    try {
      if (!started.join(KEEP_ALIVE)) {
        connection.orElseThrow().serverSocket().close();
        started.join();
      }
    } catch (InterruptedException e) {
      connection.orElseThrow().serverSocket().close();
      Thread.currentThread().interrupt();
    }
  }

  private void readAhead() {
    try {
      connection.orElseThrow().dataReader().pullData();
    } catch (RuntimeException e) { // end of stream, reset, or the socket closed by finish()
      Runnable action;
      lock.lock();
      try {
        gone = true;
        action = onGone;
        onGone = null;
      } finally {
        lock.unlock();
      }
      if (action != null) {
        action.run();
      }
    }
  }
}
