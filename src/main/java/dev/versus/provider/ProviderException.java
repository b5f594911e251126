package dev.versus.provider;

/** An unexpected provider failure (bad configuration, unreachable endpoint at pre-flight). */
public final class ProviderException extends RuntimeException {
  public ProviderException(String message) {
    super(message);
  }

  public ProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
