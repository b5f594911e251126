package dev.versus.load;

import dev.versus.core.NanoClock;
import dev.versus.metrics.TokenCounter;
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

  /** The system clock, parking sleeps and cl100k_base. */
  public static Environment system() {
    NanoClock clock = NanoClock.system();
    return new Environment(clock, Sleeper.parking(clock), TokenCounter.cl100k());
  }
}
