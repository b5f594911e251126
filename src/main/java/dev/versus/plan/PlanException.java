package dev.versus.plan;

/** A bug in how the plan package is used (e.g. a {@link Figures} giving the wrong unit). */
public final class PlanException extends RuntimeException {
  /** Creates the exception with a message naming what is wrong. */
  public PlanException(String message) {
    super(message);
  }
}
