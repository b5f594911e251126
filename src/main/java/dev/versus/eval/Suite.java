package dev.versus.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A named list of cases with a description and the scorer used where a case names none. */
public record Suite(String name, String description, List<EvalCase> cases, String defaultScorer) {
  public Suite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    cases = List.copyOf(cases);
    Objects.requireNonNull(defaultScorer, "defaultScorer");
    Set<String> ids = new HashSet<>();
    for (EvalCase c : cases) {
      if (!ids.add(c.id())) {
        throw new EvalException("suite " + name + ": duplicate case id '" + c.id() + "'");
      }
    }
  }

  public int size() {
    return cases.size();
  }
}
