package dev.versus.core;

/**
 * Bad configuration input: the message names the file, the line and the field, and says what was
 * expected, e.g. {@code gateway.yaml:12: routes[0].use: unknown backend 'mavrick' (expected one of
 * flash, maverick)}. Commands print it without a stack trace and exit with code 2.
 */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
