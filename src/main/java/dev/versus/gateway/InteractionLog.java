package dev.versus.gateway;

import dev.versus.store.GatewayLogRow;

/**
 * The gateway's central log of every interaction (DESIGN §8). {@link #append} writes the row to a
 * durable local spool before it returns and ships it to the store in the background, so a
 * database outage loses nothing: spooled rows are replayed in order when the store returns, and the
 * store inserts them idempotently by request id, so each request is logged exactly once.
 *
 * <p>Thread-safe. Prompts and responses arrive already redacted or blanked as configured.
 */
public interface InteractionLog extends AutoCloseable {

  /** Durably records one interaction; never blocks on the database. */
  void append(GatewayLogRow row);

  /** Rows spooled but not yet in the store (for readiness and metrics). */
  long pending();

  /** Flushes what it can to the store within a short bound, then stops. */
  @Override
  void close();
}
