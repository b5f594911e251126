package dev.versus.sim;

/**
 * Thrown inside the request parsers only, and turned into a {@link Checked.Invalid} at their
 * boundary; it never leaves the package.
 */
final class InvalidRequest extends RuntimeException {
  private final HttpError error;

  InvalidRequest(HttpError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  HttpError error() {
    return error;
  }
}
