package dev.versus.sim;

/**
 * A profile that cannot be used: unknown name, unreadable file, or a file whose content does not fit
 * (the message names the file, line and field). It is bad input, hence an {@link
 * IllegalArgumentException}.
 */
public final class ProfileException extends IllegalArgumentException {
  ProfileException(String message) {
    super(message);
  }

  ProfileException(String message, Throwable cause) {
    super(message, cause);
  }
}
