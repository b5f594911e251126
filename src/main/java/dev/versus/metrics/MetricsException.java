package dev.versus.metrics;

/** An unexpected metrics failure: an unreadable record file or interval log, an I/O error. */
public final class MetricsException extends RuntimeException {
  public MetricsException(String message) {
    super(message);
  }

  public MetricsException(String message, Throwable cause) {
    super(message, cause);
  }
}
