package dev.versus.eval;

import java.util.Locale;

/**
 * {@code similar}: cosine similarity between the embeddings of the response and the closest
 * expected answer, passed when ≥ option {@code threshold} (default 0.8). The value is the cosine
 * clamped to [0, 1].
 */
final class SimilarityScorer implements Scorer {
  private final TextEmbedder embedder;

  SimilarityScorer(TextEmbedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public void validate(EvalCase c) {
    Responses.requireExpected(c);
    c.options().doubleOr("threshold", 0.8);
  }

  @Override
  public Score score(String response, EvalCase c) {
    var empty = Responses.emptyFailure(response);
    if (empty.isPresent()) {
      return empty.get();
    }
    float[] got = embedder.embed(response);
    double best = -1;
    for (String e : c.expected()) {
      best = Math.max(best, cosine(got, embedder.embed(e)));
    }
    double threshold = c.options().doubleOr("threshold", 0.8);
    return Score.graded(best, threshold, TextNormalizer.preview(response),
        String.format(Locale.ROOT, "cosine similarity %.3f (threshold %.2f)", best, threshold));
  }

  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new EvalException("embedding lengths differ: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
