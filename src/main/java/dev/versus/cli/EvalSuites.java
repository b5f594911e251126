package dev.versus.cli;

import dev.versus.eval.BuiltinSuites;
import dev.versus.eval.DatasetLoaders;
import dev.versus.eval.LoadedDataset;
import dev.versus.eval.Scorers;
import dev.versus.eval.Suite;
import dev.versus.eval.SuiteReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Resolves {@code --suite} and {@code --dataset} arguments into suites, cut to {@code --limit}. */
final class EvalSuites {
  private EvalSuites() {}

  static List<Suite> load(List<String> suiteArgs, List<String> datasetArgs, int limit,
      Scorers scorers, int contextWindowTokens, int repeat, PrintWriter err) {
    BuiltinSuites builtIn = BuiltinSuites.standard(scorers, contextWindowTokens);
    List<Suite> out = new ArrayList<>();
    for (String arg : suiteArgs) {
      out.add(isFile(arg) ? SuiteReader.create(scorers).read(Path.of(arg)) : builtIn.load(arg));
    }
    for (String spec : datasetArgs) {
      LoadedDataset loaded = DatasetLoaders.standard().load(spec, Map.of(), scorers);
      loaded.warnings().forEach(w -> err.println("versus eval: warning: " + spec + ": " + w));
      out.add(loaded.suite());
    }
    List<String> names = new ArrayList<>();
    List<Suite> limited = new ArrayList<>();
    for (Suite suite : out) {
      if (names.contains(suite.name())) {
        throw new BadInputException("suite '" + suite.name() + "' is given twice");
      }
      names.add(suite.name());
      int wanted = suite.cases().stream().flatMap(c -> c.tags().stream())
          .filter(t -> t.startsWith("repeats:")).mapToInt(EvalSuites::repeatsTag).max().orElse(1);
      if (wanted > repeat) {
        err.println("versus eval: note: suite " + suite.name() + " is meant to be asked " + wanted
            + " times per case (tag repeats:" + wanted + "); with --repeat " + repeat
            + " it measures no consistency. Use --repeat " + wanted + ".");
      }
      if (suite.cases().isEmpty()) {
        throw new BadInputException("suite '" + suite.name() + "' has no cases");
      }
      limited.add(limit > 0 && suite.size() > limit
          ? new Suite(suite.name(), suite.description(), suite.cases().subList(0, limit),
              suite.defaultScorer())
          : suite);
    }
    return limited;
  }

  private static int repeatsTag(String tag) {
    try {
      return Integer.parseInt(tag.substring("repeats:".length()).strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static boolean isFile(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".yaml") || lower.endsWith(".yml")
        || arg.contains("/") || Files.isRegularFile(Path.of(arg));
  }
}
