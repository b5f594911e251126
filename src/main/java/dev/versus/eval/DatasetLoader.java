package dev.versus.eval;

import java.nio.file.Path;
import java.util.Map;

/**
 * Reads one public dataset format into a suite. Options are {@code key=value} strings from the
 * command line (each loader documents its own). A file that does not fit the format raises {@link
 * EvalException} naming the file and line (or JSON path) and what was expected.
 */
@FunctionalInterface
public interface DatasetLoader {
  LoadedDataset load(Path file, Map<String, String> options, Scorers scorers);
}
