package dev.versus.load;

import dev.versus.core.NanoClock;
import dev.versus.metrics.TokenCounter;
import java.time.Instant;
import java.util.Objects;

/**
 * What a run reads time from and counts tokens with.
 *
 * @param clock stamps every request event
 * @param sleeper waits for open-loop send times on {@code clock}
 * @param counter the client tokenizer
 */
public record Environment(NanoClock clock, Sleeper sleeper, TokenCounter counter) {
  public Environment {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(counter, "counter");
  }

  /**
   * The system's monotonic clock anchored to the wall clock: readings are nanoseconds since the
   * Unix epoch (as of the anchor, then advancing monotonically), so records and 1 s throughput
   * buckets of shards on different machines share one time base (to the accuracy of their clock
   * synchronisation). Parking sleeps, cl100k_base.
   */
  public static Environment system() {
    Instant anchor = Instant.now();
    long anchorNanos = System.nanoTime();
    long epochNanos = anchor.getEpochSecond() * 1_000_000_000L + anchor.getNano();
    NanoClock clock = () -> epochNanos + (System.nanoTime() - anchorNanos);
    return new Environment(clock, Sleeper.parking(clock), TokenCounter.cl100k());
  }
}
