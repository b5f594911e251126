package dev.versus.sim;

import java.util.Objects;

/** The engine's answer to a submitted request: a running generation, or a refusal. */
public sealed interface Admission {

  /** The request was queued or started; the server reads its events. */
  record Accepted(Generation generation) implements Admission {
    public Accepted {
      Objects.requireNonNull(generation, "generation");
    }
  }

  /** The request was refused before any output (context window, quota, crash recovery…). */
  record Rejected(SimFault fault) implements Admission {
    public Rejected {
      Objects.requireNonNull(fault, "fault");
    }
  }
}
