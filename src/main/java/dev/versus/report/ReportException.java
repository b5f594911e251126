package dev.versus.report;

/** A report model that breaks its own rules, or a renderer that cannot find its resources. */
public final class ReportException extends RuntimeException {
  /** Creates the exception with a message that names the offending field. */
  public ReportException(String message) {
    super(message);
  }

  /** Creates the exception with a cause. */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
