package dev.versus.load;

/**
 * A load-generation failure that is not a measured outcome: a malformed prompt file (the message
 * names file and line), or a provider that threw instead of returning a failed outcome.
 */
public final class LoadException extends RuntimeException {
  public LoadException(String message) {
    super(message);
  }

  public LoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
