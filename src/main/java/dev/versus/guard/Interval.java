package dev.versus.guard;

import java.util.Locale;

/**
 * A proportion with its Wilson score 95% confidence interval.
 *
 * @param successes count of events
 * @param trials count of trials
 * @param low lower bound in [0, 1]
 * @param high upper bound in [0, 1]
 */
public record Interval(long successes, long trials, double low, double high) {
  private static final double Z95 = 1.959963984540054;

  public Interval {
    if (successes < 0 || trials < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 <= successes <= trials: " + successes + "/" + trials);
    }
  }

  /** The Wilson interval for successes out of trials (0..1 when there are no trials). */
  public static Interval wilson(long successes, long trials) {
    if (trials == 0) {
      return new Interval(0, 0, 0.0, 1.0);
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z95 * Z95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    double low = successes == 0 ? 0.0 : Math.max(0, centre - half);
    double high = successes == trials ? 1.0 : Math.min(1, centre + half);
    return new Interval(successes, trials, low, high);
  }

  /** The point estimate, 0 when there are no trials. */
  public double rate() {
    return trials == 0 ? 0.0 : successes / (double) trials;
  }

  /** E.g. {@code 93.1% [89.0%, 95.8%] (135/145)}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%.1f%% [%.1f%%, %.1f%%] (%d/%d)", 100 * rate(), 100 * low, 100 * high, successes, trials);
  }
}
