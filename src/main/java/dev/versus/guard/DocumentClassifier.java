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
 * A linear model over the terms of a document ({@link DocumentTerms}): the probability that the
 * document carries an instruction aimed at the AI that reads it. Each distinct term counts once and
 * the term vector has length 1, so {@code z = bias + (sum of word weights + g * sum of n-gram
 * weights) / norm}, where {@code g} is the model's n-gram weight; terms the model has not seen weigh
 * 0.
 *
 * <p>The packaged model ({@value #RESOURCE}) is trained by {@link DocumentClassifierTrainer} (L2
 * logistic regression, LIBLINEAR) on the labelled document sets written for the project; {@code
 * versus guard train} rebuilds it or trains one on a team's own documents. The file is text:
 * comment lines ({@code #}), settings ({@code <bias><TAB>value}, and for a model that reads n-grams
 * {@code <gram-min>}, {@code <gram-max>} and {@code <gram-weight>}), then {@code term<TAB>weight},
 * an n-gram's term starting with {@value DocumentTerms#GRAM_MARK}. A file without n-gram settings is
 * a words-only model, as written before n-grams were added.
 */
final class DocumentClassifier {
  static final String RESOURCE = "document-classifier.tsv";
  /** The bias line's key: not a word {@link DocumentWords} can produce. */
  static final String BIAS = "<bias>";
  static final String GRAM_MIN = "<gram-min>";
  static final String GRAM_MAX = "<gram-max>";
  static final String GRAM_WEIGHT = "<gram-weight>";
  private static final List<String> SETTINGS = List.of(BIAS, GRAM_MIN, GRAM_MAX, GRAM_WEIGHT);

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
  private final Map<String, Double> gramWeights;
  private final double bias;
  private final DocumentTerms.Shape shape;
  private final List<String> comments;

  /**
   * @param weights the weight of each term, n-grams with their {@value DocumentTerms#GRAM_MARK}
   */
  DocumentClassifier(Map<String, Double> weights, double bias, DocumentTerms.Shape shape, List<String> comments) {
    Map<String, Double> words = new HashMap<>();
    Map<String, Double> grams = new HashMap<>();
    weights.forEach((term, w) -> {
      if (term.startsWith(DocumentTerms.GRAM_MARK)) {
        grams.put(term.substring(DocumentTerms.GRAM_MARK.length()), w);
      } else {
        words.put(term, w);
      }
    });
    this.weights = Map.copyOf(words);
    this.gramWeights = Map.copyOf(grams);
    this.bias = bias;
    this.shape = shape;
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
    Map<String, Double> settings = new HashMap<>();
    List<String> comments = new ArrayList<>();
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
      if (word.startsWith("<")) {
        if (!SETTINGS.contains(word)) {
          throw new GuardException(where + ": unknown setting '" + word + "' (expected one of " + String.join(", ", SETTINGS) + ")");
        }
        if (settings.put(word, weight) != null) {
          throw new GuardException(where + ": a second '" + word + "' line");
        }
      } else if (weights.put(word, weight) != null) {
        throw new GuardException(where + ": word '" + word + "' appears twice");
      }
    }
    if (!settings.containsKey(BIAS)) {
      throw new GuardException(source + ": no '" + BIAS + "' line (expected '" + BIAS + "<TAB>value' before the words)");
    }
    DocumentTerms.Shape shape = shape(settings, source);
    if (!shape.grams()) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(DocumentTerms.GRAM_MARK)) {
          throw new GuardException(
              source + " line " + (i + 1) + ": an n-gram term in a model without " + GRAM_MIN + ", " + GRAM_MAX + " and " + GRAM_WEIGHT + " lines");
        }
      }
    }
    return new DocumentClassifier(weights, settings.get(BIAS), shape, comments);
  }

  private static DocumentTerms.Shape shape(Map<String, Double> settings, String source) {
    boolean any = settings.containsKey(GRAM_MIN) || settings.containsKey(GRAM_MAX) || settings.containsKey(GRAM_WEIGHT);
    if (!any) {
      return DocumentTerms.Shape.WORDS;
    }
    for (String key : List.of(GRAM_MIN, GRAM_MAX, GRAM_WEIGHT)) {
      if (!settings.containsKey(key)) {
        throw new GuardException(source + ": n-gram settings need all of " + GRAM_MIN + ", " + GRAM_MAX + " and " + GRAM_WEIGHT + "; '" + key + "' is missing");
      }
    }
    double min = settings.get(GRAM_MIN);
    double max = settings.get(GRAM_MAX);
    if (min != Math.rint(min) || max != Math.rint(max)) {
      throw new GuardException(source + ": " + GRAM_MIN + " and " + GRAM_MAX + " must be whole numbers");
    }
    try {
      return new DocumentTerms.Shape((int) min, (int) max, settings.get(GRAM_WEIGHT));
    } catch (GuardException e) {
      throw new GuardException(source + ": " + e.getMessage(), e);
    }
  }

  /** The model as lines of text: the comments, the bias, then the words in alphabetical order. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    comments.forEach(c -> out.add("# " + c));
    out.add(BIAS + "\t" + format(bias));
    if (shape.grams()) {
      out.add(GRAM_MIN + "\t" + shape.gramMin());
      out.add(GRAM_MAX + "\t" + shape.gramMax());
      out.add(GRAM_WEIGHT + "\t" + format(shape.gramWeight()));
    }
    new TreeMap<>(terms()).forEach((w, v) -> out.add(w + "\t" + format(v)));
    return out;
  }

  void write(Path file) throws IOException {
    Files.write(file, lines(), StandardCharsets.UTF_8);
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  /** Probability that {@code text} carries an injected instruction, with its three strongest terms. */
  Score score(String text) {
    DocumentTerms terms = DocumentTerms.of(text, shape);
    if (terms.isEmpty()) {
      return new Score(sigmoid(bias), List.of());
    }
    double scale = 1.0 / terms.norm();
    List<Contribution> known = new ArrayList<>();
    double sum = add(terms.words(), weights, "", 1.0, known);
    if (shape.grams()) {
      sum += add(terms.grams(), gramWeights, DocumentTerms.GRAM_MARK, shape.gramWeight(), known);
    }
    known.sort(Comparator.comparingDouble(Contribution::weight).reversed());
    List<Contribution> top =
        known.subList(0, Math.min(3, known.size())).stream()
            .map(c -> new Contribution(c.word(), c.weight() * scale))
            .toList();
    return new Score(sigmoid(bias + sum * scale), top);
  }

  /** Sum of the weights of {@code present} terms times {@code value}; positive parts go to {@code known}. */
  private static double add(
      Set<String> present, Map<String, Double> model, String mark, double value, List<Contribution> known) {
    double sum = 0;
    for (String term : present) {
      Double weight = model.get(term);
      if (weight != null) {
        sum += weight * value;
        if (weight > 0) {
          known.add(new Contribution(mark.isEmpty() ? term : mark + term, weight * value));
        }
      }
    }
    return sum;
  }

  double bias() {
    return bias;
  }

  /** Every term's weight, n-grams with their {@value DocumentTerms#GRAM_MARK}. */
  Map<String, Double> terms() {
    Map<String, Double> all = new HashMap<>(weights);
    gramWeights.forEach((g, w) -> all.put(DocumentTerms.GRAM_MARK + g, w));
    return all;
  }

  DocumentTerms.Shape shape() {
    return shape;
  }

  List<String> comments() {
    return comments;
  }

  private static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
