package dev.versus.eval;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an eval run: per model × suite results, per pair of models a paired significance
 * test per suite, and every case result (ordered by suite, model, case, repeat).
 */
public record EvalReport(EvalSettings settings, List<String> models, List<SuiteResult> suites,
    List<PairResult> pairs, List<CaseResult> results) {
  public EvalReport {
    Objects.requireNonNull(settings, "settings");
    models = List.copyOf(models);
    suites = List.copyOf(suites);
    pairs = List.copyOf(pairs);
    results = List.copyOf(results);
  }

  /** The result of one model on one suite. */
  public java.util.Optional<SuiteResult> find(String model, String suite) {
    return suites.stream().filter(s -> s.model().equals(model) && s.suite().equals(suite))
        .findFirst();
  }

  /** Results whose call was made (not cached). */
  public long calls() {
    return results.stream().filter(r -> !r.cached()).count();
  }
}
