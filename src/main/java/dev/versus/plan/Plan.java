package dev.versus.plan;

import dev.versus.load.ArrivalProcess;
import dev.versus.load.LoadModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparison plan (DESIGN §1), validated as a whole: every claim names known models, metrics,
 * suites and load levels, and every model whose cost is asked for has a price.
 *
 * @param source the file name used in messages
 * @param title shown at the top of the report
 * @param models by key, in the order written
 * @param performance the performance part, if any
 * @param quality the quality part, if any
 * @param cost the cost part, if any
 * @param claims in the order written
 */
public record Plan(
    String source,
    String title,
    Map<String, ModelSpec> models,
    Optional<PerformancePlan> performance,
    Optional<QualityPlan> quality,
    Optional<CostPlan> cost,
    List<PlanClaim> claims) {

  public Plan {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    if (models.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one model");
    }
    Objects.requireNonNull(performance, "performance");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(cost, "cost");
    claims = List.copyOf(claims);
  }

  /** The same plan with other claims (not re-validated: use {@link PlanReader} for that). */
  public Plan withClaims(List<PlanClaim> newClaims) {
    return new Plan(source, title, models, performance, quality, cost, newClaims);
  }

  /**
   * The load level meant by a per-level figure written without {@code @}: the first level of the
   * performance part, or the whole run when there is none.
   */
  public Selector defaultLevel() {
    return performance.map(p -> selectorOf(p.levels().getFirst())).orElse(Selector.RUN);
  }

  /**
   * The figures {@code claim} needs, once each, with the default level filled in: exactly the
   * lookups {@link ClaimEvaluator} will make. Empty for a fact.
   */
  public List<FigureRef> figuresNeeded(PlanClaim claim) {
    return switch (claim) {
      case PlanClaim.Fact f -> List.of();
      case PlanClaim.Measurable m ->
          m.expression().figures().stream()
              .map(f -> Evaluation.resolve(f.ref(), defaultLevel(), MetricCatalog.standard()))
              .distinct()
              .toList();
    };
  }

  /** Every figure the plan's claims need, once each, in order of first use. */
  public List<FigureRef> figuresNeeded() {
    return claims.stream().flatMap(c -> figuresNeeded(c).stream()).distinct().toList();
  }

  /** An evaluator for this plan's claims over {@code figures}. */
  public ClaimEvaluator evaluator(Figures figures) {
    return new ClaimEvaluator(figures, defaultLevel());
  }

  /** The claims language's selector for a load level. */
  public static Selector selectorOf(LoadModel level) {
    return switch (level) {
      case LoadModel.Closed c -> new Selector.Concurrency(c.concurrency());
      case LoadModel.Open o -> new Selector.Rate(rateOf(o.arrivals()));
    };
  }

  private static double rateOf(ArrivalProcess arrivals) {
    return switch (arrivals) {
      case ArrivalProcess.Constant c -> c.ratePerSecond();
      case ArrivalProcess.Poisson p -> p.ratePerSecond();
      case ArrivalProcess.Gamma g -> g.ratePerSecond();
    };
  }
}
