package dev.versus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code all-of}: several assertions on one response (how promptfoo {@code assert} lists load).
 * Option {@code asserts} is a list of maps {@code {scorer, expected?, options?}}; the value is the
 * mean of their values and the case passes only when every assertion passes.
 */
final class AllOfScorer implements Scorer {
  private final Scorers registry;

  AllOfScorer(Scorers registry) {
    this.registry = registry;
  }

  @Override
  public void validate(EvalCase c) {
    for (EvalCase sub : parts(c)) {
      registry.require(sub.scorer()).validate(sub);
    }
  }

  @Override
  public Score score(String response, EvalCase c) {
    List<EvalCase> parts = parts(c);
    double sum = 0;
    boolean passed = true;
    List<String> reasons = new ArrayList<>();
    Map<String, String> details = new java.util.LinkedHashMap<>();
    for (EvalCase sub : parts) {
      Score s = registry.require(sub.scorer()).score(response, sub);
      sum += s.value();
      passed &= s.passed();
      reasons.add(sub.scorer() + (s.passed() ? " ok" : " FAILED: " + s.reason()));
      details.putAll(s.details()); // e.g. an llm-judge assertion's judge, rubric and reply
    }
    double value = parts.isEmpty() ? 0 : sum / parts.size();
    if (details.containsKey(Score.ERROR_CLASS)) {
      // a part could not be scored (e.g. the judge's reply was unreadable): an error, not a 0
      return Score.error(details.get(Score.ERROR_CLASS), String.join("; ", reasons), details);
    }
    return new Score(value, passed && !parts.isEmpty(), "", String.join("; ", reasons), details);
  }

  /** The assertions as cases sharing this case's id, messages and language. */
  static List<EvalCase> parts(EvalCase c) {
    Object raw = c.options().raw("asserts").orElseThrow(() -> new EvalException(
        "case " + c.id() + ": scorer 'all-of' needs option 'asserts' (a list)"));
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw new EvalException("case " + c.id() + ": option 'asserts' must be a non-empty list");
    }
    List<EvalCase> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> m) || !(m.get("scorer") instanceof String scorer)) {
        throw new EvalException("case " + c.id() + ": each of 'asserts' needs a 'scorer' name");
      }
      List<String> expected = new ArrayList<>();
      Object e = m.get("expected");
      if (e instanceof List<?> l) {
        l.forEach(x -> expected.add(String.valueOf(x)));
      } else if (e != null) {
        expected.add(String.valueOf(e));
      }
      ScorerOptions options = ScorerOptions.empty();
      if (m.get("options") instanceof Map<?, ?> o) {
        for (Map.Entry<?, ?> entry : o.entrySet()) {
          options = options.with(String.valueOf(entry.getKey()), entry.getValue());
        }
      }
      out.add(new EvalCase(c.id(), c.messages(), c.variables(), expected, scorer, options,
          c.language(), c.tags(), c.metadata()));
    }
    return out;
  }
}
