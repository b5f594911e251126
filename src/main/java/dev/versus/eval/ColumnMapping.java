package dev.versus.eval;

import java.util.List;
import java.util.Map;

/**
 * Which fields of a generic JSONL or CSV row hold the id, prompt and expected answer (options
 * {@code id}, {@code prompt}, {@code expected}; defaults {@code id}, {@code prompt}, {@code
 * expected}), and the scorer, language and system prompt to use (options {@code scorer}, default
 * {@code normalized}; {@code lang}, default en; {@code system}).
 */
record ColumnMapping(String id, String prompt, String expected, String scorer, String language,
    String system) {
  static ColumnMapping from(Map<String, String> options, Scorers scorers) {
    return new ColumnMapping(options.getOrDefault("id", "id"),
        options.getOrDefault("prompt", "prompt"), options.getOrDefault("expected", "expected"),
        TextLines.scorer(options, "normalized", scorers), options.getOrDefault("lang", "en"),
        options.getOrDefault("system", ""));
  }

  EvalCase toCase(String rowId, String promptText, List<String> expectedAnswers) {
    var messages = new java.util.ArrayList<dev.versus.core.Message>();
    if (!system.isEmpty()) {
      messages.add(dev.versus.core.Message.system(system));
    }
    messages.add(dev.versus.core.Message.user(promptText));
    return new EvalCase(rowId, messages, Map.of(), expectedAnswers, scorer,
        ScorerOptions.empty(), language, List.of(), Map.of());
  }
}
