package dev.versus.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Gateway logs, keyed by request id. Thread-safe. Inserts are idempotent so that the gateway's
 * spool can replay after a database outage without creating duplicates.
 */
public interface GatewayLogs {

  /**
   * Inserts the row unless a row with its request id exists (the existing row is kept as is).
   *
   * @return whether the row was new
   */
  boolean insertIfAbsent(GatewayLogRow row);

  /**
   * Inserts each row unless its request id exists, in one transaction.
   *
   * @return how many rows were new
   */
  int insertAllIfAbsent(List<GatewayLogRow> rows);

  /** The log of one request, or empty. */
  Optional<GatewayLogRow> find(String requestId);

  /** Logs matching {@code query}, oldest first (ties by request id). */
  List<GatewayLogRow> list(GatewayLogQuery query);

  /**
   * Streams the logs matching {@code query}, oldest first, without holding them in memory (for
   * {@code versus replay}). {@code action} runs on the calling thread while the query is open.
   *
   * @return how many rows were passed to {@code action}
   */
  long forEach(GatewayLogQuery query, Consumer<? super GatewayLogRow> action);
}
