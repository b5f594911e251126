package dev.versus.eval;

import java.util.List;
import java.util.Objects;

/**
 * A dataset read into a suite, with warnings about what could not be used (for example promptfoo
 * assertion types this package does not support) and the providers a promptfoo file names, which
 * are recorded but not used.
 */
public record LoadedDataset(Suite suite, List<String> warnings, List<String> providers) {
  public LoadedDataset {
    Objects.requireNonNull(suite, "suite");
    warnings = List.copyOf(warnings);
    providers = List.copyOf(providers);
  }

  public static LoadedDataset of(Suite suite) {
    return new LoadedDataset(suite, List.of(), List.of());
  }
}
