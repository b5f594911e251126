package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.plan.Expr.CompareOp;
import org.junit.jupiter.api.Test;

class RangeTest {
  private static final Range A = new Range(2, 1, 3);
  private static final Range B = new Range(-1, -2, 4);

  @Test
  void arithmetic_intervalEndsCoverEveryCombination() {
    assertThat(A.plus(B)).isEqualTo(new Range(1, -1, 7));
    assertThat(A.minus(B)).isEqualTo(new Range(3, -3, 5));
    assertThat(A.times(B)).isEqualTo(new Range(-2, -6, 12));
    assertThat(A.negate()).isEqualTo(new Range(-2, -3, -1));
    assertThat(A.dividedBy(new Range(2, 1, 4))).isEqualTo(new Range(1, 0.25, 3));
  }

  @Test
  void dividedBy_intervalHoldingZero_isUnbounded() {
    Range r = A.dividedBy(B);

    assertThat(r.low()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(r.high()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(r.times(Range.exact(0)).low()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void overIntervals_touchingEnds_decideOnlyWhereTheOperatorAllowsEquality() {
    Range low = new Range(1, 0, 2);
    Range high = new Range(3, 2, 4);

    assertThat(Comparisons.overIntervals(CompareOp.LE, low, high)).isEqualTo(Truth.TRUE);
    assertThat(Comparisons.overIntervals(CompareOp.LT, low, high)).isEqualTo(Truth.UNKNOWN);
    assertThat(Comparisons.overIntervals(CompareOp.GT, low, high)).isEqualTo(Truth.FALSE);
    assertThat(Comparisons.overIntervals(CompareOp.EQ, low, high)).isEqualTo(Truth.UNKNOWN);
    assertThat(Comparisons.overIntervals(CompareOp.NE, new Range(1, 0, 1), high)).isEqualTo(Truth.TRUE);
    assertThat(Comparisons.overIntervals(CompareOp.EQ, Range.exact(0.1 + 0.2), Range.exact(0.3)))
        .isEqualTo(Truth.TRUE);
  }
}
