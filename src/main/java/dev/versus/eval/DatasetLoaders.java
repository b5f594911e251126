package dev.versus.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Dataset loaders by format name, for {@code --dataset FORMAT:PATH}: gsm8k, mgsm, squad (alias
 * xquad), bipia, jsonl, csv, promptfoo, and suite (this package's own JSONL/YAML suite format).
 * Immutable; {@link #with} returns a new registry.
 */
public final class DatasetLoaders {
  private final Map<String, DatasetLoader> loaders;

  private DatasetLoaders(Map<String, DatasetLoader> loaders) {
    this.loaders = Collections.unmodifiableMap(new LinkedHashMap<>(loaders));
  }

  public static DatasetLoaders standard() {
    Map<String, DatasetLoader> m = new LinkedHashMap<>();
    m.put("gsm8k", new Gsm8kLoader());
    m.put("mgsm", new MgsmLoader());
    m.put("squad", new SquadLoader());
    m.put("xquad", new SquadLoader());
    m.put("bipia", new BipiaLoader());
    m.put("jsonl", new JsonlLoader());
    m.put("csv", new CsvLoader());
    m.put("promptfoo", new PromptfooLoader());
    m.put("suite", (file, options, scorers) ->
        LoadedDataset.of(SuiteReader.create(scorers).read(file)));
    return new DatasetLoaders(m);
  }

  public DatasetLoaders with(String format, DatasetLoader loader) {
    Map<String, DatasetLoader> copy = new LinkedHashMap<>(loaders);
    copy.put(format, loader);
    return new DatasetLoaders(copy);
  }

  public Optional<DatasetLoader> find(String format) {
    return Optional.ofNullable(loaders.get(format));
  }

  public SortedSet<String> formats() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(loaders.keySet()));
  }

  /**
   * Loads {@code FORMAT:PATH}.
   *
   * @throws EvalException for an unknown format (listing the known ones), a missing file or a file
   *     that does not fit its format
   */
  public LoadedDataset load(String spec, Map<String, String> options, Scorers scorers) {
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new EvalException("dataset '" + spec + "': expected FORMAT:PATH with FORMAT one of "
          + String.join(", ", formats()));
    }
    String format = spec.substring(0, colon);
    DatasetLoader loader = find(format).orElseThrow(() -> new EvalException("dataset '" + spec
        + "': unknown format '" + format + "', expected one of " + String.join(", ", formats())));
    Path path = Path.of(spec.substring(colon + 1));
    if (!Files.isRegularFile(path)) {
      throw new EvalException(path + ": file not found (dataset '" + spec + "')");
    }
    return loader.load(path, options, scorers);
  }
}
