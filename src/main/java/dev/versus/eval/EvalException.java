package dev.versus.eval;

/**
 * Bad evaluation input (a suite or dataset file that does not fit its format, an unknown scorer or
 * loader) or a misuse of this package. The message names the file, line and field where known.
 */
public final class EvalException extends RuntimeException {
  public EvalException(String message) {
    super(message);
  }

  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }
}
