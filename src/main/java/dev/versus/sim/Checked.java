package dev.versus.sim;

import java.util.Objects;

/** The result of reading or validating part of a request: a value, or the error to answer with. */
sealed interface Checked<T> {

  record Valid<T>(T value) implements Checked<T> {
    public Valid {
      Objects.requireNonNull(value, "value");
    }
  }

  record Invalid<T>(HttpError error) implements Checked<T> {
    public Invalid {
      Objects.requireNonNull(error, "error");
    }
  }

  static <T> Checked<T> valid(T value) {
    return new Valid<>(value);
  }

  static <T> Checked<T> invalid(HttpError error) {
    return new Invalid<>(error);
  }
}
