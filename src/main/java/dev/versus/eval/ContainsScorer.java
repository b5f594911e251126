package dev.versus.eval;

import java.util.Locale;

/**
 * {@code contains} / {@code icontains}: the response contains one expected string (case-sensitive /
 * not); {@code not-contains} / {@code not-icontains}: it contains none of them.
 */
final class ContainsScorer implements Scorer {
  private final boolean ignoreCase;
  private final boolean negate;

  ContainsScorer(boolean ignoreCase, boolean negate) {
    this.ignoreCase = ignoreCase;
    this.negate = negate;
  }

  @Override
  public void validate(EvalCase c) {
    Responses.requireExpected(c);
  }

  @Override
  public Score score(String response, EvalCase c) {
    if (!negate) {
      var empty = Responses.emptyFailure(response);
      if (empty.isPresent()) {
        return empty.get();
      }
    }
    String haystack = ignoreCase ? response.toLowerCase(Locale.ROOT) : response;
    for (String e : c.expected()) {
      String needle = ignoreCase ? e.toLowerCase(Locale.ROOT) : e;
      if (haystack.contains(needle)) {
        return negate
            ? Score.fail(e, "response contains forbidden '" + e + "'")
            : Score.pass(e, "response contains '" + e + "'");
      }
    }
    return negate
        ? Score.pass("", "response contains none of " + c.expected())
        : Score.fail("", "response contains none of " + c.expected());
  }
}
