package dev.versus.cli;

/** Bad input from the user (a file, a flag, a value): exit code 2, message only. */
final class BadInputException extends RuntimeException {
  BadInputException(String message) {
    super(message);
  }
}
