package dev.versus.plan;

import dev.versus.plan.Expr.CompareOp;

/** Comparisons at point estimates and over intervals; equality allows a relative 1e-9. */
final class Comparisons {
  private Comparisons() {}

  static Truth atPoints(CompareOp op, double a, double b) {
    return Truth.of(
        switch (op) {
          case LT -> a < b && !equal(a, b);
          case LE -> a < b || equal(a, b);
          case GT -> a > b && !equal(a, b);
          case GE -> a > b || equal(a, b);
          case EQ -> equal(a, b);
          case NE -> !equal(a, b);
        });
  }

  /** TRUE or FALSE when the outcome is the same wherever each side lies in its interval. */
  static Truth overIntervals(CompareOp op, Range a, Range b) {
    return switch (op) {
      case LT -> decide(atPoints(op, a.high(), b.low()), atPoints(CompareOp.GE, a.low(), b.high()));
      case LE -> decide(atPoints(op, a.high(), b.low()), atPoints(CompareOp.GT, a.low(), b.high()));
      case GT -> decide(atPoints(op, a.low(), b.high()), atPoints(CompareOp.LE, a.high(), b.low()));
      case GE -> decide(atPoints(op, a.low(), b.high()), atPoints(CompareOp.LT, a.high(), b.low()));
      case EQ -> equalOver(a, b);
      case NE -> equalOver(a, b).not();
    };
  }

  private static Truth equalOver(Range a, Range b) {
    boolean allEqual =
        equal(a.low(), a.high()) && equal(b.low(), b.high()) && equal(a.low(), b.low());
    boolean disjoint =
        atPoints(CompareOp.LT, a.high(), b.low()) == Truth.TRUE
            || atPoints(CompareOp.LT, b.high(), a.low()) == Truth.TRUE;
    return decide(Truth.of(allEqual), Truth.of(disjoint));
  }

  private static Truth decide(Truth surelyTrue, Truth surelyFalse) {
    if (surelyTrue == Truth.TRUE) {
      return Truth.TRUE;
    }
    return surelyFalse == Truth.TRUE ? Truth.FALSE : Truth.UNKNOWN;
  }

  private static boolean equal(double a, double b) {
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return a == b;
    }
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
