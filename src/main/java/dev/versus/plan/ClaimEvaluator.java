package dev.versus.plan;

import dev.versus.report.ClaimVerdict;
import java.util.List;
import java.util.Objects;

/**
 * Judges claims against measured figures. A claim is verified (or refuted) when its condition holds
 * (or fails) at every combination of the figures' interval ends, computed by interval arithmetic
 * through {@code + - * /}; it is inconclusive when the intervals straddle the threshold or a figure
 * it needs is missing. {@code and}, {@code or} and {@code not} follow three-valued logic, so {@code
 * a and b} is refuted when {@code b} is refuted even if {@code a} could not be measured.
 *
 * <p>Thread-safe if the {@link Figures} is.
 */
public final class ClaimEvaluator {
  private final Figures figures;
  private final Selector defaultLevel;
  private final MetricCatalog catalog;

  /**
   * @param figures where figures come from
   * @param defaultLevel the load level meant by per-level figures written without {@code @}
   *     (normally the plan's first level, see {@link Plan#defaultLevel()})
   */
  public ClaimEvaluator(Figures figures, Selector defaultLevel) {
    this(figures, defaultLevel, MetricCatalog.standard());
  }

  /** With another metric catalogue (tests). */
  public ClaimEvaluator(Figures figures, Selector defaultLevel, MetricCatalog catalog) {
    this.figures = Objects.requireNonNull(figures, "figures");
    this.defaultLevel = Objects.requireNonNull(defaultLevel, "defaultLevel");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** Every claim, in order. */
  public List<ClaimResult> evaluateAll(List<PlanClaim> claims) {
    return claims.stream().map(this::evaluate).toList();
  }

  /** One claim. */
  public ClaimResult evaluate(PlanClaim claim) {
    return switch (claim) {
      case PlanClaim.Fact fact ->
          new ClaimResult(
              fact, fact.verdict(), "a documented fact, not a measurement: " + fact.source(),
              fact.source(), List.of());
      case PlanClaim.Measurable m -> measure(m);
    };
  }

  private ClaimResult measure(PlanClaim.Measurable claim) {
    Evaluation run = new Evaluation(figures, defaultLevel, catalog);
    Expr expr = claim.expression().expr();
    Evaluation.Outcome outcome = run.condition(expr);
    String substituted = run.substituted(expr);
    List<String> missing = run.missing();
    String unused =
        missing.isEmpty() ? "" : "; not needed for the verdict, not measured: " + String.join("; ", missing);
    return switch (outcome.robust()) {
      case TRUE ->
          new ClaimResult(claim, ClaimVerdict.VERIFIED,
              "holds at every end of the intervals: " + substituted + unused, substituted,
              run.evidence());
      case FALSE ->
          new ClaimResult(claim, ClaimVerdict.REFUTED,
              "fails at every end of the intervals: " + substituted + unused, substituted,
              run.evidence());
      case UNKNOWN ->
          new ClaimResult(claim, ClaimVerdict.INCONCLUSIVE,
              inconclusive(outcome.point(), missing, substituted), substituted, run.evidence());
    };
  }

  private static String inconclusive(Truth point, List<String> missing, String substituted) {
    if (!missing.isEmpty()) {
      return "not measured: " + String.join("; ", missing) + " — " + substituted;
    }
    String atPoints = point == Truth.TRUE ? "holds" : "fails";
    return "the intervals straddle the threshold: it " + atPoints
        + " at the point estimates but not at every end of the intervals: " + substituted;
  }
}
