package dev.versus.plan;

import dev.versus.plan.MetricDef.Argument;
import dev.versus.plan.MetricDef.Scope;
import dev.versus.plan.Token.Kind;
import java.util.Set;
import java.util.stream.Collectors;

/** Parses one figure reference and checks it against the metric catalogue. */
final class FigureParser {
  private final Parser parser;
  private final MetricCatalog catalog;

  FigureParser(Parser parser, MetricCatalog catalog) {
    this.parser = parser;
    this.catalog = catalog;
  }

  Expr.Figure figure() {
    Token model = parser.take();
    if (parser.peek().kind() != Kind.DOT) {
      throw new ExpressionException(
          parser.peek().column(),
          "expected '.' and a metric after the model '" + model.text()
              + "' (a figure is written MODEL.METRIC, e.g. " + model.text() + ".ttft.p50)");
    }
    parser.take();
    Token metricToken = parser.expect(Kind.IDENT, "a metric name after '" + model.text() + ".'");
    MetricDef metric =
        catalog
            .find(metricToken.text())
            .orElseThrow(
                () ->
                    new ExpressionException(
                        metricToken.column(),
                        "unknown metric '" + metricToken.text() + "'"
                            + Suggest.closest(metricToken.text(), catalog.all().keySet())
                                .map(c -> " (did you mean " + c + "?)")
                                .orElse(" (expected one of "
                                    + String.join(", ", catalog.all().keySet()) + ")")));
    String argument = argument(metric, metricToken);
    Stat stat = stat(metric, metricToken);
    Selector selector = selector(metric);
    return new Expr.Figure(
        new FigureRef(model.text(), metric.name(), stat, argument, selector), model.column());
  }

  private String argument(MetricDef metric, Token metricToken) {
    Token next = parser.peek();
    if (next.kind() == Kind.ARGUMENT) {
      if (metric.argument() == Argument.NONE) {
        throw new ExpressionException(
            next.column(), metric.name() + " takes no argument in brackets");
      }
      parser.take();
      return next.text();
    }
    if (metric.argument() == Argument.REQUIRED) {
      throw new ExpressionException(
          next.column(),
          metric.name() + " needs a suite in brackets, e.g. " + metric.name() + "[nlu-es]");
    }
    return "";
  }

  private Stat stat(MetricDef metric, Token metricToken) {
    Token next = parser.peek();
    if (next.kind() != Kind.DOT) {
      if (!metric.stats().isEmpty()) {
        throw new ExpressionException(
            next.column(),
            metric.name() + " needs a statistic: write " + metric.name() + ".p50 (or one of "
                + statNames(metric.stats()) + ")");
      }
      return Stat.NONE;
    }
    parser.take();
    Token name = parser.expect(Kind.IDENT, "a statistic after '" + metric.name() + ".'");
    if (metric.stats().isEmpty()) {
      throw new ExpressionException(
          name.column(), metric.name() + " is a single value and takes no statistic");
    }
    return Stat.fromWire(name.text())
        .filter(metric.stats()::contains)
        .orElseThrow(
            () ->
                new ExpressionException(
                    name.column(),
                    "unknown statistic '" + name.text() + "' (expected one of "
                        + statNames(metric.stats()) + ")"));
  }

  private Selector selector(MetricDef metric) {
    if (parser.peek().kind() != Kind.AT) {
      return Selector.RUN;
    }
    Token at = parser.take();
    if (metric.scope() == Scope.RUN) {
      throw new ExpressionException(
          at.column(), metric.name() + " is measured over the whole run, not per load level");
    }
    Token kind = parser.expect(Kind.IDENT, "concurrency or rate after '@'");
    if (!kind.text().equals("concurrency") && !kind.text().equals("rate")) {
      throw new ExpressionException(
          kind.column(), "expected concurrency or rate after '@', found '" + kind.text() + "'");
    }
    parser.expect(Kind.ASSIGN, "'=' after '@" + kind.text() + "'");
    Token number = parser.expect(Kind.NUMBER, "a number after '@" + kind.text() + "='");
    Expr.Num value = Literals.parse(number);
    if (value.unit() != Unit.NUMBER) {
      throw new ExpressionException(number.column(), "a load level is a plain number, without a unit");
    }
    if (kind.text().equals("concurrency")) {
      if (value.value() < 1 || value.value() != Math.rint(value.value())) {
        throw new ExpressionException(
            number.column(), "concurrency must be a whole number of 1 or more");
      }
      return new Selector.Concurrency((int) value.value());
    }
    if (!(value.value() > 0)) {
      throw new ExpressionException(number.column(), "a rate must be more than 0 requests/s");
    }
    return new Selector.Rate(value.value());
  }

  private static String statNames(Set<Stat> stats) {
    return stats.stream().sorted().map(Stat::wireName).collect(Collectors.joining(", "));
  }
}
