package dev.versus.sim;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response ids and timestamps: a per-server sequence (so tests can predict them) and the injected
 * clock's epoch seconds for {@code created}. Thread-safe.
 */
final class ResponseIds {
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();

  ResponseIds(Clock clock) {
    this.clock = clock;
  }

  /**
   * What every chunk of one response repeats.
   *
   * @param id e.g. {@code chatcmpl-sim-000000000001}
   * @param created epoch seconds
   * @param model the model name as the client sent it
   */
  record Stamp(String id, long created, String model) {}

  Stamp next(String prefix, String model) {
    String id = String.format(Locale.ROOT, "%s-sim-%012d", prefix, sequence.incrementAndGet());
    return new Stamp(id, clock.instant().getEpochSecond(), model);
  }
}
