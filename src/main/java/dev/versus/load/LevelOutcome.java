package dev.versus.load;

import dev.versus.metrics.ServerMetrics;
import java.util.Objects;

/**
 * One model at one load level of a bench: the measured result and what the server's metrics
 * endpoint showed meanwhile.
 */
public record LevelOutcome(LevelResult result, ServerMetrics server) {
  public LevelOutcome {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(server, "server");
  }
}
