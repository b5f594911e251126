package dev.versus.eval;

/** Quantiles of the standard normal distribution, by bisection on an accurate erf. */
final class NormalQuantile {
  private NormalQuantile() {}

  /** z such that P(−z ≤ Z ≤ z) = confidence, e.g. 1.95996 for 0.95. */
  static double twoSided(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    double target = 0.5 + confidence / 2;
    double lo = 0;
    double hi = 40;
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (cdf(mid) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  static double cdf(double x) {
    return 0.5 * (1 + erf(x / Math.sqrt(2)));
  }

  /** erf by its Taylor series for small |x| and a continued fraction of erfc for large |x|. */
  static double erf(double x) {
    double ax = Math.abs(x);
    double result;
    if (ax < 3) {
      double term = ax;
      double sum = ax;
      for (int n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
        term *= -ax * ax / n;
        sum += term / (2 * n + 1);
      }
      result = 2 / Math.sqrt(Math.PI) * sum;
    } else {
      // erfc(x) = exp(-x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))) evaluated bottom-up.
      double f = ax;
      for (int n = 60; n >= 1; n--) {
        f = ax + (n / 2.0) / f;
      }
      result = 1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
    }
    return x < 0 ? -result : result;
  }
}
