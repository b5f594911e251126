package dev.versus.eval;

/**
 * {@code exact}: the response (or, with option {@code extract: strict|auto}, the extracted answer)
 * equals one expected answer after trimming; {@code normalized}: equal after lower-casing,
 * removing punctuation and collapsing whitespace, and removing accents unless option {@code
 * ignoreAccents} is false.
 */
final class ExactScorer implements Scorer {
  private final boolean normalized;

  ExactScorer(boolean normalized) {
    this.normalized = normalized;
  }

  @Override
  public void validate(EvalCase c) {
    Responses.requireExpected(c);
    Responses.mode(c, ExtractionMode.FLEXIBLE);
  }

  @Override
  public Score score(String response, EvalCase c) {
    var empty = Responses.emptyFailure(response);
    if (empty.isPresent()) {
      return empty.get();
    }
    String answer = AnswerExtraction.text(response, Responses.mode(c, ExtractionMode.FLEXIBLE));
    boolean accents = c.options().booleanOr("ignoreAccents", true);
    String got = normalized ? TextNormalizer.normalize(answer, accents) : answer.strip();
    for (String e : c.expected()) {
      String want = normalized ? TextNormalizer.normalize(e, accents) : e.strip();
      if (!want.isEmpty() && want.equals(got)) {
        return Score.pass(answer, "matches expected '" + e + "'");
      }
    }
    return Score.fail(
        answer, "'" + TextNormalizer.preview(answer) + "' does not match " + c.expected());
  }
}
