package dev.versus.guard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Logistic regression over sentence embeddings: the probability that a sentence is a request one
 * makes to an AI assistant for a task of one's own ("recommend a book for the weekend") rather than
 * a sentence of an e-mail or article, requests to its human reader included ("please send me the
 * report"). Trained when first needed, deterministically, on the sentences in
 * {@code directive-sentences.tsv}, which were written for the project.
 */
final class DirectiveModel {
  static final String RESOURCE = "directive-sentences.tsv";
  private static final int EPOCHS = 1500;
  private static final double LEARNING_RATE = 2.0;
  private static final double L2 = 1e-3;

  /** One training sentence. */
  record Example(String text, boolean assistant) {}

  private final double[] weights;
  private final double bias;

  private DirectiveModel(double[] weights, double bias) {
    this.weights = weights;
    this.bias = bias;
  }

  /** Probability in (0, 1) that the sentence embedded as {@code vector} is an assistant request. */
  double probability(float[] vector) {
    float[] v = unit(vector);
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * v[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** Full-batch gradient descent with L2 regularisation, from zero: the same data gives the same model. */
  static DirectiveModel train(TextEmbedder embedder, List<Example> examples) {
    if (examples.isEmpty()) {
      throw new GuardException("directive model: no training sentences");
    }
    List<float[]> xs = new ArrayList<>();
    for (float[] v : embedder.embedAll(examples.stream().map(Example::text).toList())) {
      xs.add(unit(v));
    }
    int dim = xs.get(0).length;
    double[] w = new double[dim];
    double b = 0;
    int n = xs.size();
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      double[] gw = new double[dim];
      double gb = 0;
      for (int k = 0; k < n; k++) {
        float[] x = xs.get(k);
        double z = b;
        for (int i = 0; i < dim; i++) {
          z += w[i] * x[i];
        }
        double err = 1.0 / (1.0 + Math.exp(-z)) - (examples.get(k).assistant() ? 1 : 0);
        for (int i = 0; i < dim; i++) {
          gw[i] += err * x[i];
        }
        gb += err;
      }
      for (int i = 0; i < dim; i++) {
        w[i] -= LEARNING_RATE * (gw[i] / n + L2 * w[i]);
      }
      b -= LEARNING_RATE * gb / n;
    }
    return new DirectiveModel(w, b);
  }

  /** The packaged training sentences. */
  static List<Example> packagedExamples() {
    try (InputStream in = DirectiveModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new GuardException("resource not found: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Example> parse(List<String> lines) {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String label = tab < 0 ? "" : line.substring(0, tab);
      if (!label.equals("assistant") && !label.equals("document")) {
        throw new GuardException(
            RESOURCE + " line " + (i + 1) + ": expected 'assistant' or 'document', a tab, then the sentence");
      }
      out.add(new Example(line.substring(tab + 1).strip(), label.equals("assistant")));
    }
    return out;
  }

  /** {@code v} scaled to length 1 (unchanged when all zeros). */
  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    if (norm == 0) {
      return v;
    }
    float[] out = new float[v.length];
    double inv = 1.0 / Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] * inv);
    }
    return out;
  }
}
