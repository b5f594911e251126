package dev.versus.store;

/**
 * An unexpected store failure: the database cannot be reached or migrated, or a statement failed.
 * Expected absence (no such run, a gateway log already present) is never an exception; it is an
 * empty {@code Optional}, an empty list or a {@code false} return. Messages name the store's
 * location with any password removed.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
