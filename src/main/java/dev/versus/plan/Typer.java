package dev.versus.plan;

/**
 * Checks that a claim is a condition and that its units fit: times and sizes are compared only
 * with times and sizes, a plain number takes the unit of the other side (except for times and sizes,
 * which must be written with a unit), and a figure is scaled only by a plain number or a ratio.
 */
final class Typer {
  private final MetricCatalog catalog;

  Typer(MetricCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Checks that {@code expr} is a condition.
   *
   * @throws ExpressionException at the column of the first problem
   */
  void condition(Expr expr) {
    switch (expr) {
      case Expr.Compare c -> unify(numeric(c.left()), numeric(c.right()), c, "compare");
      case Expr.Logic l -> {
        condition(l.left());
        condition(l.right());
      }
      case Expr.Not n -> condition(n.operand());
      case Expr.Num n -> notACondition(n);
      case Expr.Figure f -> notACondition(f);
      case Expr.Negate n -> notACondition(n);
      case Expr.Arith a -> notACondition(a);
    }
  }

  /** The unit of a numeric expression. */
  Unit numeric(Expr expr) {
    return switch (expr) {
      case Expr.Num n -> n.unit();
      case Expr.Figure f ->
          catalog
              .find(f.ref().metric())
              .orElseThrow(() -> new ExpressionException(f.column(), "unknown metric"))
              .unit();
      case Expr.Negate n -> numeric(n.operand());
      case Expr.Arith a -> arith(a);
      case Expr.Compare c -> notANumber(c);
      case Expr.Logic l -> notANumber(l);
      case Expr.Not n -> notANumber(n);
    };
  }

  private Unit arith(Expr.Arith a) {
    Unit left = numeric(a.left());
    Unit right = numeric(a.right());
    return switch (a.op()) {
      case ADD -> unify(left, right, a, "add");
      case SUBTRACT -> unify(left, right, a, "subtract");
      case MULTIPLY -> {
        if (scale(left)) {
          yield left == Unit.RATIO && right == Unit.NUMBER ? Unit.RATIO : right;
        }
        if (scale(right)) {
          yield left;
        }
        throw new ExpressionException(
            a.column(),
            "cannot multiply " + left.description() + " by " + right.description()
                + ": multiply by a plain number or a ratio");
      }
      case DIVIDE -> {
        if (left == right) {
          yield left == Unit.NUMBER ? Unit.NUMBER : Unit.RATIO;
        }
        if (scale(right)) {
          yield left;
        }
        throw new ExpressionException(
            a.column(),
            "cannot divide " + left.description() + " by " + right.description()
                + ": divide by the same kind of figure (giving a ratio) or by a plain number");
      }
    };
  }

  private static boolean scale(Unit unit) {
    return unit == Unit.NUMBER || unit == Unit.RATIO;
  }

  private static Unit unify(Unit left, Unit right, Expr at, String verb) {
    if (left == right) {
      return left;
    }
    if (left == Unit.NUMBER || right == Unit.NUMBER) {
      Unit other = left == Unit.NUMBER ? right : left;
      if (other.acceptsPlainNumber()) {
        return other;
      }
      String example = other == Unit.SECONDS ? "500ms or 1s" : "512MB or 4GiB";
      throw new ExpressionException(
          at.column(),
          "cannot " + verb + " " + other.description() + " and a number without a unit: write the"
              + " unit, e.g. " + example);
    }
    throw new ExpressionException(
        at.column(),
        "cannot " + verb + " " + left.description() + " and " + right.description());
  }

  private static void notACondition(Expr expr) {
    throw new ExpressionException(
        expr.column(),
        "a claim must be a condition, e.g. 'flash.ttft.p50 < maverick.ttft.p50'; this is a number"
            + " (add a comparison such as '> 0')");
  }

  private static Unit notANumber(Expr expr) {
    throw new ExpressionException(
        expr.column(), "expected a number here, found a condition (comparisons give true or false)");
  }
}
