package dev.versus.plan;

import dev.versus.report.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation of one expression: looks each figure up once, keeps the evidence and the reasons
 * for missing figures, and computes the outcome at the point estimates and over the intervals.
 */
final class Evaluation {
  /** The outcome over the intervals ({@code robust}) and at the point estimates. */
  record Outcome(Truth robust, Truth point) {}

  private final Figures figures;
  private final Selector defaultLevel;
  private final MetricCatalog catalog;
  private final Map<String, Figures.Lookup> looked = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  Evaluation(Figures figures, Selector defaultLevel, MetricCatalog catalog) {
    this.figures = figures;
    this.defaultLevel = defaultLevel;
    this.catalog = catalog;
  }

  Outcome condition(Expr e) {
    return switch (e) {
      case Expr.Compare c -> compare(c);
      case Expr.Logic l -> {
        Outcome a = condition(l.left());
        Outcome b = condition(l.right());
        yield l.op() == Expr.LogicOp.AND
            ? new Outcome(a.robust().and(b.robust()), a.point().and(b.point()))
            : new Outcome(a.robust().or(b.robust()), a.point().or(b.point()));
      }
      case Expr.Not n -> {
        Outcome a = condition(n.operand());
        yield new Outcome(a.robust().not(), a.point().not());
      }
      case Expr.Num n -> throw new PlanException("not a condition at column " + n.column());
      case Expr.Figure f -> throw new PlanException("not a condition at column " + f.column());
      case Expr.Negate n -> throw new PlanException("not a condition at column " + n.column());
      case Expr.Arith a -> throw new PlanException("not a condition at column " + a.column());
    };
  }

  private Outcome compare(Expr.Compare c) {
    Optional<Range> left = number(c.left());
    Optional<Range> right = number(c.right());
    if (left.isEmpty() || right.isEmpty()) {
      return new Outcome(Truth.UNKNOWN, Truth.UNKNOWN);
    }
    return new Outcome(
        Comparisons.overIntervals(c.op(), left.get(), right.get()),
        Comparisons.atPoints(c.op(), left.get().value(), right.get().value()));
  }

  Optional<Range> number(Expr e) {
    return switch (e) {
      case Expr.Num n -> Optional.of(Range.exact(n.value()));
      case Expr.Figure f -> measured(f).map(m -> new Range(m.value(), m.low(), m.high()));
      case Expr.Negate n -> number(n.operand()).map(Range::negate);
      case Expr.Arith a -> arith(a);
      case Expr.Compare c -> throw new PlanException("not a number at column " + c.column());
      case Expr.Logic l -> throw new PlanException("not a number at column " + l.column());
      case Expr.Not n -> throw new PlanException("not a number at column " + n.column());
    };
  }

  private Optional<Range> arith(Expr.Arith a) {
    Optional<Range> left = number(a.left());
    Optional<Range> right = number(a.right());
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    Range l = left.get();
    Range r = right.get();
    if (a.op() == Expr.ArithOp.DIVIDE && r.value() == 0) {
      problems.add("division by zero at column " + a.column());
      return Optional.empty();
    }
    return Optional.of(
        switch (a.op()) {
          case ADD -> l.plus(r);
          case SUBTRACT -> l.minus(r);
          case MULTIPLY -> l.times(r);
          case DIVIDE -> l.dividedBy(r);
        });
  }

  /** The figure a reference names, with the plan's default level filled in where none is written. */
  FigureRef resolve(Expr.Figure f) {
    return resolve(f.ref(), defaultLevel, catalog);
  }

  static FigureRef resolve(FigureRef ref, Selector defaultLevel, MetricCatalog catalog) {
    MetricDef def =
        catalog.find(ref.metric()).orElseThrow(() -> new PlanException("unknown metric " + ref.metric()));
    boolean levelDefault =
        def.scope() == MetricDef.Scope.LEVEL && ref.selector() instanceof Selector.Run;
    return levelDefault ? ref.at(defaultLevel) : ref;
  }

  Optional<Measured> measured(Expr.Figure f) {
    FigureRef ref = resolve(f);
    Figures.Lookup lookup = looked.computeIfAbsent(ref.name(), k -> figures.lookup(ref));
    return switch (lookup) {
      case Figures.Lookup.Found found -> {
        Unit expected = catalog.find(ref.metric()).orElseThrow().unit();
        if (found.measured().unit() != expected) {
          throw new PlanException(
              ref.name() + ": the figures gave " + found.measured().unit() + ", the catalogue says "
                  + expected);
        }
        yield Optional.of(found.measured());
      }
      case Figures.Lookup.Missing missing -> Optional.empty();
    };
  }

  /** Why each missing figure is missing, e.g. {@code flash.ttft.p50@concurrency=8 (no such level)}. */
  List<String> missing() {
    List<String> out = new ArrayList<>();
    looked.forEach(
        (name, lookup) -> {
          if (lookup instanceof Figures.Lookup.Missing m) {
            out.add(name + " (" + m.reason() + ")");
          }
        });
    out.addAll(problems);
    return out;
  }

  /** One evidence entry per figure found, in order of first use. */
  List<Evidence> evidence() {
    List<Evidence> out = new ArrayList<>();
    looked.forEach(
        (name, lookup) -> {
          if (lookup instanceof Figures.Lookup.Found found) {
            out.add(Display.evidence(name, found.measured()));
          }
        });
    return out;
  }

  /** The expression with each figure replaced by its value and interval. */
  String substituted(Expr expr) {
    return Printer.print(
        expr,
        f -> {
          FigureRef ref = resolve(f);
          return measured(f).map(Display::figure).orElse(ref.name() + " (not measured)");
        });
  }
}
