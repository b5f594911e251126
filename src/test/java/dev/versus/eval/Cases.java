package dev.versus.eval;

import java.util.List;
import java.util.Map;

/** Test helpers that build cases. */
final class Cases {
  private Cases() {}

  static EvalCase of(String scorer, List<String> expected, Map<String, ?> options, String lang) {
    return EvalCase.ofPrompt("c1", "question", expected, scorer, ScorerOptions.of(options), lang);
  }

  static EvalCase of(String scorer, String expected) {
    return of(scorer, List.of(expected), Map.of(), "en");
  }

  static EvalCase of(String scorer, String expected, Map<String, ?> options) {
    return of(scorer, List.of(expected), options, "en");
  }
}
