package dev.versus.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * A refusal or failure decided by the engine.
 *
 * @param kind what happened
 * @param message the message the server sends, worded like the simulated provider's
 * @param retryAfter the delay the server suggests, {@link Duration#ZERO} for none
 */
public record SimFault(FaultKind kind, String message, Duration retryAfter) {
  public SimFault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }
}
