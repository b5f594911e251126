package dev.versus.metrics;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import java.util.Objects;

/** How a measured request ended: completed with a finish reason, or failed with an error class. */
public sealed interface Status {

  /** The request completed normally. */
  record Ok(FinishReason finishReason) implements Status {
    public Ok {
      Objects.requireNonNull(finishReason, "finishReason");
    }
  }

  /** The request failed; {@code message} is the server's or client's message. */
  record Error(ErrorClass errorClass, String message) implements Status {
    public Error {
      Objects.requireNonNull(errorClass, "errorClass");
      Objects.requireNonNull(message, "message");
    }
  }
}
