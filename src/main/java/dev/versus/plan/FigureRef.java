package dev.versus.plan;

import java.util.Objects;

/**
 * One measured figure a claim names, e.g. {@code maverick.output_tokens_per_second@concurrency=64}.
 *
 * @param model the plan's model key
 * @param metric a metric of {@link MetricCatalog}
 * @param stat the statistic, or {@link Stat#NONE}
 * @param argument the bracketed argument (suite or error class), or empty
 * @param selector the load level, or {@link Selector#RUN}; when a claim writes no {@code @} on a
 *     per-level metric, the evaluator fills in the plan's default level before looking it up
 */
public record FigureRef(
    String model, String metric, Stat stat, String argument, Selector selector) {

  public FigureRef {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(stat, "stat");
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(selector, "selector");
  }

  /** The same figure at another level. */
  public FigureRef at(Selector level) {
    return new FigureRef(model, metric, stat, argument, level);
  }

  /** The claim language's name, e.g. {@code flash.errors[backend_crash]@concurrency=512}. */
  public String name() {
    StringBuilder s = new StringBuilder(model).append('.').append(metric);
    if (!argument.isEmpty()) {
      s.append('[').append(argument).append(']');
    }
    if (stat != Stat.NONE) {
      s.append('.').append(stat.wireName());
    }
    if (!selector.label().isEmpty()) {
      s.append('@').append(selector.label());
    }
    return s.toString();
  }
}
