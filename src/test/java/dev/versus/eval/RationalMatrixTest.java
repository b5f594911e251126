package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RationalMatrixTest {

  @Test
  void rational_arithmetic_staysExactAndReduced() {
    Rational third = Rational.of(1, 3);

    assertThat(third.add(third).add(third)).isEqualTo(Rational.ONE);
    assertThat(Rational.of(6, -4)).isEqualTo(Rational.of(-3, 2));
    assertThat(Rational.of(-3, 2).toDecimalString()).isEqualTo("-1.5");
    assertThat(Rational.of(1, 8).hasFiniteDecimal()).isTrue();
    assertThat(third.hasFiniteDecimal()).isFalse();
    assertThat(third.toDecimalString()).isEqualTo("0.333333333333");
  }

  @Test
  void determinant_knownMatrix_equalsHandComputedValueByBothMethods() {
    RationalMatrix m = RationalMatrix.ofLongs(new long[][] {{2, 0, 1, 3}, {1, 1, 0, 0}, {0, 4, 1, 2}, {3, 0, 0, 1}});

    // reference value computed independently (floating point LU), rounded
    assertThat(m.determinant()).isEqualTo(m.determinantByCofactors());
    assertThat(m.determinant()).isEqualTo(Rational.of(3));
  }

  @Test
  void inverse_knownMatrix_timesOriginalIsIdentity() {
    RationalMatrix m = RationalMatrix.ofLongs(new long[][] {{2, 1, 0, 0}, {1, 1, 0, 0}, {0, 0, 3, 1}, {0, 0, 2, 1}});

    RationalMatrix inv = m.inverse();

    assertThat(m.multiply(inv)).isEqualTo(RationalMatrix.identity(4));
    assertThat(inv.toJson()).isEqualTo("[[1,-1,0,0],[-1,2,0,0],[0,0,1,-1],[0,0,-2,3]]");
  }

  @Test
  void inverse_singularMatrix_throws() {
    RationalMatrix m = RationalMatrix.ofLongs(new long[][] {{1, 2, 3, 4}, {2, 4, 6, 8}, {0, 1, 0, 1}, {1, 0, 1, 0}});

    assertThat(m.determinant().isZero()).isTrue();
    assertThatThrownBy(m::inverse).isInstanceOf(ArithmeticException.class);
  }
}
