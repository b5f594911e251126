package dev.versus.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/** An exact fraction of two big integers, always in lowest terms with a positive denominator. */
record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {

  static final Rational ZERO = of(0);
  static final Rational ONE = of(1);
  private static final BigInteger TWO = BigInteger.TWO;
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  Rational {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  static Rational of(long numerator, long denominator) {
    return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  Rational add(Rational other) {
    return new Rational(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Rational subtract(Rational other) {
    return add(other.negate());
  }

  Rational multiply(Rational other) {
    return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  Rational divide(Rational other) {
    return new Rational(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  boolean isZero() {
    return numerator.signum() == 0;
  }

  boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /** True when the decimal expansion ends (the denominator has no prime factor but 2 and 5). */
  boolean hasFiniteDecimal() {
    BigInteger rest = denominator;
    while (rest.mod(TWO).signum() == 0) {
      rest = rest.divide(TWO);
    }
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
    }
    return rest.equals(BigInteger.ONE);
  }

  /** Exact decimal when the expansion ends, otherwise rounded to 12 significant digits. */
  BigDecimal toBigDecimal() {
    BigDecimal n = new BigDecimal(numerator);
    BigDecimal d = new BigDecimal(denominator);
    BigDecimal value = hasFiniteDecimal() ? n.divide(d) : n.divide(d, MathContext.DECIMAL64).round(new MathContext(12));
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /** Plain decimal text without exponent, e.g. {@code -1.25} or {@code 42}. */
  String toDecimalString() {
    return toBigDecimal().toPlainString();
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
