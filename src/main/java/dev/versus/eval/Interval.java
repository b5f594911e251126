package dev.versus.eval;

/** An estimate with its confidence interval [low, high] at {@code confidence} (e.g. 0.95). */
public record Interval(double estimate, double low, double high, double confidence) {
  public Interval {
    if (!(low <= high) || !(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "bad interval [" + low + ", " + high + "] at confidence " + confidence);
    }
  }

  public boolean contains(double x) {
    return low <= x && x <= high;
  }
}
