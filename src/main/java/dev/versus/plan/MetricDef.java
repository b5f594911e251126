package dev.versus.plan;

import java.util.Objects;
import java.util.Set;

/**
 * One metric the claims language knows: its name, unit and which parts a claim may or must write.
 *
 * @param name snake_case, e.g. {@code ttft}
 * @param unit the unit its figures are given in
 * @param stats the statistics a claim may write after it; empty when it is a single value. When not
 *     empty a claim must write one.
 * @param argument whether a bracketed argument ({@code [nlu-es]}) is required, optional or not allowed
 * @param scope whether it is measured per load level, over the run, or both
 * @param part which part of the plan measures it (the plan must have that section)
 * @param meaning what the figure is, for the catalogue and the lead's implementation
 */
public record MetricDef(
    String name,
    Unit unit,
    Set<Stat> stats,
    Argument argument,
    Scope scope,
    Part part,
    String meaning) {

  /** Whether a bracketed argument is written. */
  public enum Argument {
    REQUIRED,
    OPTIONAL,
    NONE
  }

  /** Where a metric is measured. */
  public enum Scope {
    /** Per load level; without {@code @} the plan's first load level is meant. */
    LEVEL,
    /** Over the whole run by default, or at one level with {@code @}. */
    RUN_OR_LEVEL,
    /** Over the whole run only; {@code @} is an error. */
    RUN
  }

  /** The plan section whose results give the figure. */
  public enum Part {
    PERFORMANCE,
    QUALITY,
    COST
  }

  public MetricDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    stats = Set.copyOf(stats);
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(meaning, "meaning");
    if (unit == Unit.NUMBER) {
      throw new IllegalArgumentException(name + ": a metric has a unit, not NUMBER");
    }
  }

}
