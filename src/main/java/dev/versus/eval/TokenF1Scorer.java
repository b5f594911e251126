package dev.versus.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQuAD-style scoring, maximum over the gold answers after normalising (lower case, no
 * punctuation, no articles: a/an/the, or el/la/los/las/un/una/unos/unas for Spanish cases). {@code
 * token-f1}: token F1, passed when F1 ≥ option {@code threshold} (default 0.5); {@code squad-em}:
 * exact match of the normalised token sequences.
 */
final class TokenF1Scorer implements Scorer {
  private final boolean exactMatch;

  TokenF1Scorer(boolean exactMatch) {
    this.exactMatch = exactMatch;
  }

  @Override
  public void validate(EvalCase c) {
    Responses.requireExpected(c);
    c.options().doubleOr("threshold", 0.5);
  }

  @Override
  public Score score(String response, EvalCase c) {
    var empty = Responses.emptyFailure(response);
    if (empty.isPresent()) {
      return empty.get();
    }
    String answer = AnswerExtraction.text(response, Responses.mode(c, ExtractionMode.FLEXIBLE));
    List<String> got = TextNormalizer.squadTokens(answer, c.language());
    double best = 0;
    String bestGold = c.firstExpected();
    for (String gold : c.expected()) {
      List<String> want = TextNormalizer.squadTokens(gold, c.language());
      double s = exactMatch ? (got.equals(want) ? 1.0 : 0.0) : f1(got, want);
      if (s > best) {
        best = s;
        bestGold = gold;
      }
    }
    if (exactMatch) {
      return best == 1.0
          ? Score.pass(answer, "exact match with '" + bestGold + "'")
          : Score.fail(answer, "no exact match with " + c.expected());
    }
    double threshold = c.options().doubleOr("threshold", 0.5);
    return Score.graded(best, threshold, answer,
        String.format(Locale.ROOT, "token F1 %.3f against '%s'", best, bestGold));
  }

  static double f1(List<String> predicted, List<String> gold) {
    if (predicted.isEmpty() || gold.isEmpty()) {
      return predicted.equals(gold) ? 1.0 : 0.0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String t : gold) {
      counts.merge(t, 1, Integer::sum);
    }
    int common = 0;
    for (String t : predicted) {
      Integer n = counts.get(t);
      if (n != null && n > 0) {
        common++;
        counts.put(t, n - 1);
      }
    }
    if (common == 0) {
      return 0.0;
    }
    double precision = (double) common / predicted.size();
    double recall = (double) common / gold.size();
    return 2 * precision * recall / (precision + recall);
  }
}
