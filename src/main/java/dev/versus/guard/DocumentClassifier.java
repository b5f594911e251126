package dev.versus.guard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A linear model over the words of a document ({@link DocumentWords}): the probability that the
 * document carries an instruction aimed at the AI that reads it. Each distinct word counts once and
 * the word vector has length 1, so {@code z = bias + sum(weight(w)) / sqrt(distinct words)}; words
 * the model has not seen weigh 0.
 *
 * <p>The packaged model ({@value #RESOURCE}) is trained by {@link DocumentClassifierTrainer} (L2
 * logistic regression, LIBLINEAR) on the labelled document sets written for the project; {@code
 * versus guard train} rebuilds it or trains one on a team's own documents. The file is text:
 * comment lines ({@code #}), one {@code <bias><TAB>value} line, then {@code word<TAB>weight}.
 */
final class DocumentClassifier {
  static final String RESOURCE = "document-classifier.tsv";
  /** The bias line's key: not a word {@link DocumentWords} can produce. */
  static final String BIAS = "<bias>";

  /** One word's part in a score. */
  record Contribution(String word, double weight) {}

  /** A document's probability with the words that pushed it most towards "attack". */
  record Score(double probability, List<Contribution> strongest) {
    Score {
      strongest = List.copyOf(strongest);
    }

    String reason() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "p %.2f", probability));
      if (!strongest.isEmpty()) {
        out.append(" (");
        for (int i = 0; i < strongest.size(); i++) {
          Contribution c = strongest.get(i);
          out.append(i == 0 ? "" : ", ")
              .append(c.word())
              .append(String.format(Locale.ROOT, " %+.2f", c.weight()));
        }
        out.append(')');
      }
      return out.toString();
    }
  }

  private final Map<String, Double> weights;
  private final double bias;
  private final List<String> comments;

  DocumentClassifier(Map<String, Double> weights, double bias, List<String> comments) {
    this.weights = Map.copyOf(weights);
    this.bias = bias;
    this.comments = List.copyOf(comments);
  }

  /** The model shipped in the jar. */
  static DocumentClassifier packaged() {
    return Packaged.MODEL;
  }

  private static final class Packaged {
    static final DocumentClassifier MODEL = loadPackaged();
  }

  private static DocumentClassifier loadPackaged() {
    try (InputStream in = DocumentClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new GuardException("resource not found: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model file written by {@link #write}. */
  static DocumentClassifier read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new GuardException(file + ": document classifier file not found");
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new GuardException(file + ": cannot read the document classifier: " + e.getMessage(), e);
    }
  }

  static DocumentClassifier parse(List<String> lines, String source) {
    Map<String, Double> weights = new HashMap<>();
    List<String> comments = new ArrayList<>();
    Double bias = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        comments.add(line.substring(1).strip());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String where = source + " line " + (i + 1);
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new GuardException(where + ": expected a word, a tab and a weight");
      }
      String word = line.substring(0, tab);
      double weight;
      try {
        weight = Double.parseDouble(line.substring(tab + 1).strip());
      } catch (NumberFormatException e) {
        throw new GuardException(where + ": weight is not a number: '" + line.substring(tab + 1) + "'");
      }
      if (!Double.isFinite(weight)) {
        throw new GuardException(where + ": weight must be finite");
      }
      if (word.equals(BIAS)) {
        if (bias != null) {
          throw new GuardException(where + ": a second '" + BIAS + "' line");
        }
        bias = weight;
      } else if (weights.put(word, weight) != null) {
        throw new GuardException(where + ": word '" + word + "' appears twice");
      }
    }
    if (bias == null) {
      throw new GuardException(source + ": no '" + BIAS + "' line (expected '" + BIAS + "<TAB>value' before the words)");
    }
    return new DocumentClassifier(weights, bias, comments);
  }

  /** The model as lines of text: the comments, the bias, then the words in alphabetical order. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    comments.forEach(c -> out.add("# " + c));
    out.add(BIAS + "\t" + format(bias));
    new TreeMap<>(weights).forEach((w, v) -> out.add(w + "\t" + format(v)));
    return out;
  }

  void write(Path file) throws IOException {
    Files.write(file, lines(), StandardCharsets.UTF_8);
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /** Probability that {@code text} carries an injected instruction, with its three strongest words. */
  Score score(String text) {
    Set<String> words = DocumentWords.of(text);
    if (words.isEmpty()) {
      return new Score(sigmoid(bias), List.of());
    }
    double sum = 0;
    List<Contribution> known = new ArrayList<>();
    for (String w : words) {
      Double weight = weights.get(w);
      if (weight != null) {
        sum += weight;
        if (weight > 0) {
          known.add(new Contribution(w, weight));
        }
      }
    }
    double scale = 1.0 / Math.sqrt(words.size());
    known.sort(Comparator.comparingDouble(Contribution::weight).reversed());
    List<Contribution> top =
        known.subList(0, Math.min(3, known.size())).stream()
            .map(c -> new Contribution(c.word(), c.weight() * scale))
            .toList();
    return new Score(sigmoid(bias + sum * scale), top);
  }

  double bias() {
    return bias;
  }

  Map<String, Double> weights() {
    return weights;
  }

  List<String> comments() {
    return comments;
  }

  private static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
