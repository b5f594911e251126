package dev.versus.gateway;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The spool's live counters, shared by the appending threads and the shipper. */
final class SpoolMetrics {
  final AtomicLong pending = new AtomicLong();
  final AtomicLong spoolBytes = new AtomicLong();
  final AtomicLong dropped = new AtomicLong();
  final AtomicLong corrupt = new AtomicLong();
  final AtomicLong shipped = new AtomicLong();
  final AtomicLong shippedFromMemory = new AtomicLong();
  final AtomicLong storeFailures = new AtomicLong();
  final AtomicReference<String> lastError = new AtomicReference<>("");
  volatile boolean storeHealthy = true;

  SpoolStats snapshot(long maxBytes) {
    return new SpoolStats(pending.get(), spoolBytes.get(), maxBytes, dropped.get(),
        corrupt.get(), shipped.get(), shippedFromMemory.get(), storeFailures.get(), storeHealthy, lastError.get());
  }
}
