package dev.versus.planrun;

/** A plan run cannot start or continue: e.g. the run to resume does not exist. */
public final class PlanRunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a one-line message. */
  public PlanRunException(String message) {
    super(message);
  }
}
