package dev.versus.runreport;

/** A run cannot be turned into a report: it does not exist or its summary is unusable. */
public final class RunReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a one-line message naming the run and what is wrong. */
  public RunReportException(String message) {
    super(message);
  }
}
