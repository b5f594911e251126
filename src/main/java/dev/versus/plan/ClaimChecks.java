package dev.versus.plan;

import dev.versus.core.ErrorClass;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a parsed claim against a plan: known models, sections that measure each figure, load
 * levels that exist, suites that run, prices for costs. Problems are {@link ExpressionException}s at
 * the column of the figure.
 */
final class ClaimChecks {
  private static final List<String> ERROR_CLASSES =
      Arrays.stream(ErrorClass.values()).map(ErrorClass::wireName).toList();

  private final Plan plan;
  private final MetricCatalog catalog;

  ClaimChecks(Plan plan, MetricCatalog catalog) {
    this.plan = plan;
    this.catalog = catalog;
  }

  void check(ClaimExpression claim) {
    for (Expr.Figure figure : claim.figures()) {
      check(figure);
    }
  }

  private void check(Expr.Figure figure) {
    FigureRef ref = figure.ref();
    int col = figure.column();
    ModelSpec model = plan.models().get(ref.model());
    if (model == null) {
      throw new ExpressionException(col, "unknown model '" + ref.model() + "' (expected one of "
          + String.join(", ", plan.models().keySet()) + ")"
          + Suggest.hint(ref.model(), plan.models().keySet()));
    }
    MetricDef def = catalog.find(ref.metric()).orElseThrow();
    switch (def.part()) {
      case PERFORMANCE -> performance(ref, def, col);
      case QUALITY -> quality(ref, col);
      case COST -> cost(ref, model, col);
    }
  }

  private void performance(FigureRef ref, MetricDef def, int col) {
    PerformancePlan perf = plan.performance().orElseThrow(() -> new ExpressionException(col,
        ref.metric() + " is measured by the performance part, and the plan has no performance section"));
    if (!(ref.selector() instanceof Selector.Run)) {
      List<Selector> levels = perf.levels().stream().map(Plan::selectorOf).toList();
      if (!levels.contains(ref.selector())) {
        throw new ExpressionException(col, "@" + ref.selector().label() + " is not a load level of"
            + " this plan (levels: " + levels.stream().map(Selector::label).collect(Collectors.joining(", "))
            + ")");
      }
    }
    if (!ref.argument().isEmpty() && !ERROR_CLASSES.contains(ref.argument())) {
      throw new ExpressionException(col, "unknown error class '" + ref.argument() + "' (expected one of "
          + String.join(", ", ERROR_CLASSES) + ")");
    }
    boolean closed = Plan.selectorOf(perf.levels().getFirst()) instanceof Selector.Concurrency;
    switch (def.name()) {
      case "max_concurrency_within_slo", "max_rate_within_slo" -> {
        if (!perf.findMax()) {
          throw new ExpressionException(col, def.name() + " needs performance.find-max: true");
        }
        if (closed != def.name().equals("max_concurrency_within_slo")) {
          throw new ExpressionException(col, def.name() + " does not fit this plan's load: use "
              + (closed ? "max_concurrency_within_slo" : "max_rate_within_slo"));
        }
      }
      default -> {}
    }
  }

  private void quality(FigureRef ref, int col) {
    QualityPlan quality = plan.quality().orElseThrow(() -> new ExpressionException(col,
        ref.metric() + " is measured by the quality part, and the plan has no quality section"));
    String suite = ref.metric().equals("max_context_tokens") ? "long-context" : ref.argument();
    if (!quality.suiteNames().contains(suite)) {
      throw new ExpressionException(col, "suite '" + suite + "' is not run by this plan"
          + " (quality.suites: " + String.join(", ", quality.suiteNames()) + ")"
          + Suggest.hint(suite, quality.suiteNames()));
    }
    if (ref.metric().equals("consistency") && quality.repeat() < 2) {
      throw new ExpressionException(col, "consistency compares repeated answers: set quality.repeat"
          + " to 2 or more");
    }
  }

  private void cost(FigureRef ref, ModelSpec model, int col) {
    switch (model.pricing()) {
      case Pricing.None none -> throw new ExpressionException(col, "model '" + model.key()
          + "' has no price, so its cost cannot be computed: add price: { input-per-million,"
          + " output-per-million } or self-hosted: { gpu-hour-price, gpus } to models." + model.key());
      case Pricing.SelfHosted hosted -> {
        if (plan.performance().isEmpty()) {
          throw new ExpressionException(col, "self-hosted cost comes from measured throughput: the"
              + " plan needs a performance section");
        }
      }
      case Pricing.PerToken perToken -> {
        if (plan.performance().isEmpty() && plan.quality().isEmpty()) {
          throw new ExpressionException(col, "cost comes from measured tokens: the plan needs a"
              + " performance or quality section");
        }
      }
    }
    if (ref.metric().equals("cost_per_day")
        && plan.cost().map(CostPlan::requestsPerDay).orElse(0L) == 0) {
      throw new ExpressionException(col, "cost_per_day needs cost: { requests-per-day: N }");
    }
  }
}
