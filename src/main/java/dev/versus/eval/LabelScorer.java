package dev.versus.eval;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
      Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(l) + "(?![\\p{L}\\d])")
          .matcher(normalizedText);
      if (m.find() && m.start() < bestPos) {
        bestPos = m.start();
        best = label;
      }
    }
    return Optional.ofNullable(best);
  }
}
