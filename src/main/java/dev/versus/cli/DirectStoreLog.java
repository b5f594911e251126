package dev.versus.cli;

import dev.versus.gateway.GatewayConfig;
import dev.versus.gateway.InteractionLog;
import dev.versus.store.GatewayLogRow;
import dev.versus.store.Store;

/**
 * TEMPORARY, until branch {@code gwlog} lands: an interaction log that inserts each row into the
 * store on the request's thread, with no spool. A database outage loses rows here; the lead swaps
 * in {@code SpoolingInteractionLog.open(config.logging())} in {@link GatewayCommand}.
 */
final class DirectStoreLog implements InteractionLog {
  private final Store store;

  private DirectStoreLog(Store store) {
    this.store = store;
  }

  static DirectStoreLog open(GatewayConfig.LoggingConfig logging) {
    return new DirectStoreLog(
        logging.store().isBlank() ? Store.openDefault() : Store.open(logging.store()));
  }

  @Override
  public void append(GatewayLogRow row) {
    store.gatewayLogs().insertIfAbsent(row);
  }

  @Override
  public long pending() {
    return 0;
  }

  @Override
  public void close() {
    store.close();
  }
}
