package dev.versus.cli;

import dev.versus.store.Store;
import dev.versus.store.StoreException;

/** Opens the store a {@code --store} option names, or the default one; a bad location is bad input. */
final class StoreOption {
  private StoreOption() {}

  static Store open(String location) {
    try {
      return location == null ? Store.openDefault() : Store.open(location);
    } catch (StoreException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
