package dev.versus.guard;

/** A bug or an unusable setup in the guard (a bad pattern, an unloadable model). */
public final class GuardException extends RuntimeException {
  public GuardException(String message) {
    super(message);
  }

  public GuardException(String message, Throwable cause) {
    super(message, cause);
  }
}
