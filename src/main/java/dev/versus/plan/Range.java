package dev.versus.plan;

/**
 * A point estimate with an interval, combined by interval arithmetic: the result's interval holds
 * the operation's value at every combination of the operands' interval ends (and between them).
 */
record Range(double value, double low, double high) {

  static Range exact(double value) {
    return new Range(value, value, value);
  }

  Range negate() {
    return new Range(-value, -high, -low);
  }

  Range plus(Range o) {
    return new Range(value + o.value, low + o.low, high + o.high);
  }

  Range minus(Range o) {
    return new Range(value - o.value, low - o.high, high - o.low);
  }

  Range times(Range o) {
    double[] ends = {low * o.low, low * o.high, high * o.low, high * o.high};
    for (double end : ends) {
      if (Double.isNaN(end)) { // 0 × ∞: an unbounded operand
        return new Range(value * o.value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      }
    }
    return new Range(value * o.value, min(ends), max(ends));
  }

  /** Division; when the divisor's interval holds 0 the result is unbounded. */
  Range dividedBy(Range o) {
    double point = value / o.value;
    if (o.low <= 0 && o.high >= 0) {
      return new Range(point, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
    double[] ends = {low / o.low, low / o.high, high / o.low, high / o.high};
    return new Range(point, min(ends), max(ends));
  }

  boolean hasInterval() {
    return low != value || high != value;
  }

  private static double min(double[] values) {
    double m = values[0];
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static double max(double[] values) {
    double m = values[0];
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }
}
