package dev.versus.gateway;

/** {@code versus replay} cannot proceed: nothing to replay, or the logs do not allow it. */
public final class ReplayException extends RuntimeException {
  public ReplayException(String message) {
    super(message);
  }
}
