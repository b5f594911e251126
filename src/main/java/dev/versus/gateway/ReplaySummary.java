package dev.versus.gateway;

import dev.versus.eval.Interval;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of {@code versus replay}: how many logged requests were replayed (and why others
 * were skipped), how often the candidate agreed with production, and both sides' latency and
 * cost. Stored as the replay run's summary JSON ({@link ReplayJson#summary}).
 *
 * @param runId the stored run
 * @param candidate the candidate model reference
 * @param route the replayed route
 * @param selected logged requests in the window
 * @param replayed requests replayed on the candidate
 * @param skipped skipped requests by reason ({@code prompt-off}, {@code redacted},
 *     {@code unparseable-prompt}, {@code no-logged-response})
 * @param agreementThreshold the token F1 needed to count as agreement
 * @param agreement agreement rate over replayed requests with its 95 % Wilson interval (a
 *     failed candidate call counts as disagreement)
 * @param tokenF1 mean token F1 with its 95 % bootstrap interval
 * @param exactMatchRate share of normalised exact matches
 * @param similarity mean embedding similarity to the logged responses, when a model was given
 * @param judge the judge model's grades, when a judge was given
 * @param candidateErrors failed candidate calls by error class
 * @param loggedLatency production end-to-end latency
 * @param candidateLatency candidate end-to-end latency
 * @param loggedTtft production time to first token
 * @param candidateTtft candidate time to first output
 * @param loggedCostUsd total logged cost of the replayed requests (known costs only)
 * @param loggedCostKnown how many replayed requests had a logged cost
 * @param candidateCostUsd total candidate cost at the given price, {@code NaN} when unpriced
 * @param simulated whether the candidate is the built-in simulator
 */
public record ReplaySummary(
    String runId,
    String candidate,
    String route,
    int selected,
    int replayed,
    Map<String, Integer> skipped,
    double agreementThreshold,
    Interval agreement,
    Interval tokenF1,
    double exactMatchRate,
    Similarity similarity,
    Judged judge,
    Map<String, Integer> candidateErrors,
    Latency loggedLatency,
    Latency candidateLatency,
    Latency loggedTtft,
    Latency candidateTtft,
    double loggedCostUsd,
    int loggedCostKnown,
    double candidateCostUsd,
    boolean simulated) {

  public ReplaySummary {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(route, "route");
    skipped = Map.copyOf(skipped);
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(tokenF1, "tokenF1");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(judge, "judge");
    candidateErrors = Map.copyOf(candidateErrors);
    Objects.requireNonNull(loggedLatency, "loggedLatency");
    Objects.requireNonNull(candidateLatency, "candidateLatency");
    Objects.requireNonNull(loggedTtft, "loggedTtft");
    Objects.requireNonNull(candidateTtft, "candidateTtft");
  }

  /**
   * Percentiles of one side's latencies, in milliseconds ({@code NaN} when {@code count} is 0).
   *
   * @param count how many requests had a value
   */
  public record Latency(long count, double p50Millis, double p95Millis) {}

  /**
   * What the judge model made of the candidate's responses.
   *
   * @param computed whether a judge was configured (the intervals and counts are 0 if not)
   * @param model the judge model reference
   * @param rubric the rubric the judge graded by
   * @param graded responses the judge graded (failed candidate calls and judge errors excluded)
   * @param errors judge errors: a failed judge call or a reply that could not be read
   * @param passRate share of graded responses the judge passed, 95 % Wilson interval
   * @param meanScore mean judge score (0..1), 95 % bootstrap interval
   */
  public record Judged(boolean computed, String model, String rubric, int graded, int errors, Interval passRate,
      Interval meanScore) {
    public Judged {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(rubric, "rubric");
      Objects.requireNonNull(passRate, "passRate");
      Objects.requireNonNull(meanScore, "meanScore");
    }

    /** Not computed: no judge was configured. */
    public static Judged none() {
      Interval zero = new Interval(0, 0, 0, 0.95);
      return new Judged(false, "", "", 0, 0, zero, zero);
    }
  }

  /**
   * Mean embedding similarity with its 95 % bootstrap interval, or not computed.
   *
   * @param computed whether an embedding model was configured (the other fields are NaN if not)
   */
  public record Similarity(boolean computed, double mean, double low, double high) {
    /** Not computed: no embedding model was configured. */
    public static Similarity none() {
      return new Similarity(false, Double.NaN, Double.NaN, Double.NaN);
    }
  }
}
