package dev.versus.cli;

import dev.versus.store.Store;
import dev.versus.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by commands that keep runs. */
final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "LOCATION",
      description = "Where runs are kept: a SQLite file, sqlite:PATH or"
          + " jdbc:postgresql://HOST[:PORT]/DB (default: $VERSUS_STORE, else"
          + " ~/.local/share/versus/versus.db).")
  String location;

  /** Opens the chosen store, or the default one; a store that cannot be opened is bad input. */
  Store open() {
    try {
      return location == null ? Store.openDefault() : Store.open(location);
    } catch (StoreException e) {
      throw new BadInputException("--store: " + e.getMessage());
    }
  }
}
