package dev.versus.cli;

import dev.versus.guard.DocumentClassifierTrainer;
import dev.versus.guard.DocumentTerms;
import dev.versus.guard.GuardException;
import dev.versus.guard.LabelledFiles;
import dev.versus.guard.LabelledText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code versus guard train FILE... --out TSV}: trains the guard's document classifier. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the guard's document classifier (L2 logistic regression over the words of each",
      "document and their character n-grams) on labelled JSONL or CSV files, as 'guard test'",
      "reads them, and writes it as TSV.",
      "Use it with 'guard test --classifier-model TSV' or the guard config's 'document-classifier'.",
      "The packaged model was trained this way on the project's labelled document sets",
      "(docs/guard-figures.md)."
    })
final class GuardTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "labelled JSONL or CSV files")
  List<Path> files;

  @Option(names = "--out", required = true, paramLabel = "TSV", description = "where to write the model")
  Path out;

  @Option(names = "--c", defaultValue = "" + DocumentClassifierTrainer.DEFAULT_C, description = "inverse regularisation strength (LIBLINEAR's C); default ${DEFAULT-VALUE}")
  double c;

  private static final Pattern NGRAMS = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

  @Option(names = "--ngrams", defaultValue = "3-5", paramLabel = "MIN-MAX|none",
      description = "character n-grams of each word to read besides the words, or none; default ${DEFAULT-VALUE}")
  String ngrams;

  @Option(names = "--ngram-weight", defaultValue = "0.5",
      description = "weight of an n-gram against a word's 1; default ${DEFAULT-VALUE}")
  double ngramWeight;

  @Override
  public Integer call() throws Exception {
    DocumentTerms.Shape shape = shape();
    List<LabelledText> items = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    comments.add("versus document classifier: L2 logistic regression (LIBLINEAR), C=" + format(c) + ", " + shape.describe());
    comments.add("trained by 'versus guard train' on:");
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new BadInputException(file + ": file not found");
      }
      List<LabelledText> read = LabelledFiles.read(file);
      long attacks = read.stream().filter(LabelledText::attack).count();
      comments.add(String.format(Locale.ROOT, "  %s (%d attacks, %d benign)", file.getFileName(), attacks, read.size() - attacks));
      items.addAll(read);
    }
    if (!(c > 0) || !Double.isFinite(c)) {
      throw new BadInputException("--c: expected a positive number, got " + c);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInputException("--out: no such directory: " + parent);
    }
    DocumentClassifierTrainer.Result result;
    try {
      result = DocumentClassifierTrainer.trainToFile(items, c, shape, comments, out);
    } catch (GuardException e) {
      throw new BadInputException(e.getMessage());
    }
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "trained on %d documents (%d attacks, %d benign), %d distinct terms, %d kept in the model%n",
        result.documents(), result.attacks(), result.documents() - result.attacks(), result.vocabulary(), result.kept());
    w.printf(Locale.ROOT, "accuracy on its own training documents at p >= 0.5: %.1f%% (not a held-out figure)%n",
        100 * result.trainingAccuracy());
    w.printf("wrote %s%n", out);
    w.flush();
    return 0;
  }

  private DocumentTerms.Shape shape() {
    if (ngrams.equals("none")) {
      return DocumentTerms.Shape.WORDS;
    }
    Matcher m = NGRAMS.matcher(ngrams);
    if (!m.matches()) {
      throw new BadInputException("--ngrams: expected MIN-MAX (for example 3-5) or none, got '" + ngrams + "'");
    }
    try {
      return new DocumentTerms.Shape(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), ngramWeight);
    } catch (GuardException e) {
      throw new BadInputException("--ngrams/--ngram-weight: " + e.getMessage());
    }
  }

  private static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
