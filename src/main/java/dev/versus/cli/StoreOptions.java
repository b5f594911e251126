package dev.versus.cli;

import dev.versus.store.Store;
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

  /** Opens the chosen store, or the default one. */
  Store open() {
    return location == null ? Store.openDefault() : Store.open(location);
  }
}
