package dev.versus.serve;

/** An unexpected failure of the dashboard, such as a port that cannot be bound. */
public final class ServeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message saying what went wrong. */
  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}
