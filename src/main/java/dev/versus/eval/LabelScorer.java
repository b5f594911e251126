package dev.versus.eval;

import java.util.List;
import java.util.Optional;

/**
 * {@code label}: classification. The predicted label is the allowed label (option {@code labels})
 * mentioned first in the response as a whole word, compared without case or accents; without a
 * label list, the whole normalised response. {@link Score#extracted()} holds the predicted label
 * so that suites can aggregate macro-F1 ({@link Stats#macroF1}).
 */
final class LabelScorer implements Scorer {
  @Override
  public void validate(EvalCase c) {
    Responses.requireExpected(c);
  }

  @Override
  public Score score(String response, EvalCase c) {
    var empty = Responses.emptyFailure(response);
    if (empty.isPresent()) {
      return empty.get();
    }
    List<String> labels = c.options().stringList("labels");
    String text = TextNormalizer.normalize(response, true);
    Optional<String> predicted = labels.isEmpty() ? Optional.of(text) : firstLabel(text, labels);
    if (predicted.isEmpty()) {
      return Score.fail("", "none of the labels " + labels + " in '"
          + TextNormalizer.preview(response) + "'");
    }
    String label = predicted.get();
    for (String e : c.expected()) {
      if (TextNormalizer.normalize(e, true).equals(TextNormalizer.normalize(label, true))) {
        return Score.pass(label, "label '" + label + "' is correct");
      }
    }
    return Score.fail(label, "label '" + label + "', expected " + c.expected());
  }

  private static Optional<String> firstLabel(String normalizedText, List<String> labels) {
    int bestPos = Integer.MAX_VALUE;
    String best = null;
    for (String label : labels) {
      String l = TextNormalizer.normalize(label, true);
      if (l.isEmpty()) {
        continue;
      }
      int at = wholeWord(normalizedText, l);
      if (at >= 0 && at < bestPos) {
        bestPos = at;
        best = label;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Where {@code word} first occurs in {@code text} with no letter or ASCII digit right before or
   * after it, or -1. (A plain scan: compiling a regex per label and response was the scorer's
   * main cost.)
   */
  static int wholeWord(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !wordChar(text.codePointBefore(i)))
          && (end == text.length() || !wordChar(text.codePointAt(end)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean wordChar(int codePoint) {
    return Character.isLetter(codePoint) || (codePoint >= '0' && codePoint <= '9');
  }
}
