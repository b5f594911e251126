package dev.versus.guard;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains a {@link DocumentClassifier}: L2-regularised logistic regression (LIBLINEAR's primal
 * trust-region Newton solver, bias not regularised) on binary term features ({@link
 * DocumentTerms}: words, and character n-grams when the shape asks for them) scaled to length 1.
 * Deterministic: the same texts give the same weights.
 */
public final class DocumentClassifierTrainer {
  /** Inverse regularisation strength chosen by leave-one-set-out validation on the tuning sets. */
  public static final double DEFAULT_C = 10.0;
  /** Weights smaller than this in magnitude are left out of the model file. */
  static final double PRUNE_BELOW = 1e-3;
  private static final double TOLERANCE = 1e-4;

  private DocumentClassifierTrainer() {}

  /** What {@link #train} produced, with its fit on the training texts. */
  public record Result(int documents, int attacks, int vocabulary, int kept, double trainingAccuracy) {}

  /**
   * Trains on {@code items} (their channel is ignored: every text is read as a document).
   *
   * @param comments lines written at the top of the model file (what it was trained on)
   * @throws GuardException when there are not both attacks and benign texts
   */
  static DocumentClassifier train(
      List<LabelledText> items, double c, DocumentTerms.Shape shape, List<String> comments) {
    return fit(items, c, shape, comments).model();
  }

  /** A trained model and the number of distinct terms it was trained on, before pruning. */
  private record Fit(DocumentClassifier model, int vocabulary) {}

  private static Fit fit(List<LabelledText> items, double c, DocumentTerms.Shape shape, List<String> comments) {
    long attacks = items.stream().filter(LabelledText::attack).count();
    if (attacks == 0 || attacks == items.size()) {
      throw new GuardException(
          "training needs both attack and benign texts, got " + attacks + " attacks among " + items.size());
    }
    if (!(c > 0) || !Double.isFinite(c)) {
      throw new GuardException("C must be a positive number, got " + c);
    }
    List<DocumentTerms> docs = items.stream().map(t -> DocumentTerms.of(t.text(), shape)).toList();
    Map<String, Integer> index = new TreeMap<>();
    docs.forEach(terms -> terms.keys().forEach(k -> index.putIfAbsent(k, 0)));
    List<String> vocabulary = new ArrayList<>(index.keySet());
    for (int i = 0; i < vocabulary.size(); i++) {
      index.put(vocabulary.get(i), i + 1);
    }
    Problem problem = new Problem();
    problem.l = items.size();
    problem.n = vocabulary.size() + 1;
    problem.bias = 1.0;
    problem.y = new double[items.size()];
    problem.x = new Feature[items.size()][];
    for (int k = 0; k < items.size(); k++) {
      problem.x[k] = row(docs.get(k), index, shape.gramWeight(), problem.n);
      problem.y[k] = items.get(k).attack() ? 1 : 0;
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR, c, TOLERANCE);
    parameter.setRegularizeBias(false);
    parameter.setRandom(new Random(0));
    Linear.setDebugOutput(null);
    Model model = Linear.train(problem, parameter);
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] w = model.getFeatureWeights();
    Map<String, Double> weights = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      double weight = round(sign * w[i]);
      if (Math.abs(weight) >= PRUNE_BELOW) {
        weights.put(vocabulary.get(i), weight);
      }
    }
    return new Fit(new DocumentClassifier(weights, round(sign * w[vocabulary.size()]), shape, comments), vocabulary.size());
  }

  /** One document's sparse row: its terms in index order, scaled to length 1, then the bias. */
  private static Feature[] row(DocumentTerms terms, Map<String, Integer> index, double gramWeight, int biasIndex) {
    double scale = terms.isEmpty() ? 0 : 1.0 / terms.norm();
    TreeMap<Integer, Double> values = new TreeMap<>();
    terms.words().forEach(w -> values.put(index.get(w), scale));
    terms.grams().forEach(g -> values.put(index.get(DocumentTerms.GRAM_MARK + g), gramWeight * scale));
    Feature[] row = new Feature[values.size() + 1];
    int i = 0;
    for (Map.Entry<Integer, Double> e : values.entrySet()) {
      row[i++] = new FeatureNode(e.getKey(), e.getValue());
    }
    row[i] = new FeatureNode(biasIndex, 1.0);
    return row;
  }

  /**
   * Trains on {@code items} and writes the model to {@code out} (see {@link DocumentClassifier} for
   * the format).
   *
   * @return the model's figures on its own training texts
   */
  public static Result trainToFile(
      List<LabelledText> items, double c, DocumentTerms.Shape shape, List<String> comments, Path out)
      throws IOException {
    Fit fit = fit(items, c, shape, comments);
    fit.model().write(out);
    DocumentClassifier model = fit.model();
    long attacks = items.stream().filter(LabelledText::attack).count();
    long right =
        items.stream().filter(t -> (model.score(t.text()).probability() >= 0.5) == t.attack()).count();
    return new Result(items.size(), (int) attacks, fit.vocabulary(), model.terms().size(), right / (double) items.size());
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
