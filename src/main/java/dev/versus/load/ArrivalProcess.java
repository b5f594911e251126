package dev.versus.load;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How open-loop requests arrive. Intervals between consecutive arrivals are drawn up front from a
 * seed into an absolute schedule ({@link Schedule}), so a slow server never delays later sends.
 */
public sealed interface ArrivalProcess {

  /** Mean arrivals per second. */
  double ratePerSecond();

  /** One interval to the next arrival, in seconds. */
  double nextIntervalSeconds(RandomGenerator random);

  /** A label such as {@code poisson:5/s}. */
  String label();

  /** Evenly spaced: every interval is exactly {@code 1 / rate}. */
  record Constant(double ratePerSecond) implements ArrivalProcess {
    public Constant {
      requireRate(ratePerSecond);
    }

    @Override
    public double nextIntervalSeconds(RandomGenerator random) {
      return 1 / ratePerSecond;
    }

    @Override
    public String label() {
      return "constant:" + format(ratePerSecond) + "/s";
    }
  }

  /** Poisson arrivals: exponential intervals of mean {@code 1 / rate}. */
  record Poisson(double ratePerSecond) implements ArrivalProcess {
    public Poisson {
      requireRate(ratePerSecond);
    }

    @Override
    public double nextIntervalSeconds(RandomGenerator random) {
      return random.nextExponential() / ratePerSecond;
    }

    @Override
    public String label() {
      return "poisson:" + format(ratePerSecond) + "/s";
    }
  }

  /**
   * Gamma-distributed intervals as in vLLM's benchmark: shape = {@code burstiness}, scale = {@code
   * 1 / (rate × burstiness)}, so the mean rate stays {@code rate} while the coefficient of
   * variation of the intervals is {@code 1 / sqrt(burstiness)}: below 1 is burstier than Poisson, 1
   * is Poisson, above 1 is steadier.
   */
  record Gamma(double ratePerSecond, double burstiness) implements ArrivalProcess {
    public Gamma {
      requireRate(ratePerSecond);
      if (!(burstiness > 0) || Double.isInfinite(burstiness)) {
        throw new IllegalArgumentException(
            "burstiness must be a positive number, got " + burstiness);
      }
    }

    @Override
    public double nextIntervalSeconds(RandomGenerator random) {
      return GammaSampler.sample(random, burstiness) / (ratePerSecond * burstiness);
    }

    @Override
    public String label() {
      return "gamma:" + format(ratePerSecond) + "/s,k=" + format(burstiness);
    }
  }

  private static void requireRate(double rate) {
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException(
          "request rate must be a positive number of requests per second, got " + rate);
    }
  }

  private static String format(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
