package dev.versus.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One model on one suite: the headline score with its interval, and what the run cost.
 *
 * @param metric {@code macro_f1} for label suites, {@code accuracy} when every score is pass/fail,
 *     else {@code mean_score}
 * @param score the metric with its interval: Wilson for accuracy with one repeat, percentile
 *     bootstrap otherwise (over cases, each case's repeats averaged, when repeats > 1)
 * @param cases scored cases (long-context map cases excluded)
 * @param results scored results, cases × repeats
 * @param errors results whose call failed after retries (scored 0)
 * @param cached results answered from the cache
 * @param costUsd what the results cost at the model's price, cached ones included (the cost of
 *     the run as if uncached); NaN when the price or a usage is unknown
 * @param spentUsd what the calls made in this run cost (cached results excluded); NaN if unknown
 * @param latency end-to-end latency of the calls made in this run, never of cached answers
 * @param consistency agreement across repeats, when there were 2 or more
 * @param summary the full pass-rate / mean-score / macro-F1 summary over all results
 */
public record SuiteResult(String model, String suite, String metric, Interval score, int cases,
    int results, int errors, int cached, double costUsd, double spentUsd, LatencySummary latency,
    Optional<Consistency> consistency, SuiteSummary summary) {
  public SuiteResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(consistency, "consistency");
    Objects.requireNonNull(summary, "summary");
  }
}
