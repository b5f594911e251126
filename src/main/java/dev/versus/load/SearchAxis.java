package dev.versus.load;

/** What the saturation search varies: closed-loop concurrency or open-loop arrival rate. */
public sealed interface SearchAxis {

  /** The lowest level to try. */
  double min();

  /** The highest level to try. */
  double max();

  /** The load at {@code level}. */
  LoadModel at(double level);

  /** Whether {@code lo} (passing) and {@code hi} (failing) are close enough to stop. */
  boolean converged(double lo, double hi);

  /** The level halfway between, rounded as the axis needs. */
  double between(double lo, double hi);

  /** The next level of the exponential phase after passing {@code level}. */
  double grow(double level);

  /** Concurrency from {@code min} to {@code max} clients, searched to the exact integer. */
  record Concurrency(int minClients, int maxClients) implements SearchAxis {
    public Concurrency {
      if (minClients < 1 || maxClients < minClients) {
        throw new IllegalArgumentException(
            "concurrency search needs 1 <= min <= max, got " + minClients + ".." + maxClients);
      }
    }

    @Override
    public double min() {
      return minClients;
    }

    @Override
    public double max() {
      return maxClients;
    }

    @Override
    public LoadModel at(double level) {
      return new LoadModel.Closed((int) level);
    }

    @Override
    public boolean converged(double lo, double hi) {
      return hi - lo <= 1;
    }

    @Override
    public double between(double lo, double hi) {
      return Math.floor((lo + hi) / 2);
    }

    @Override
    public double grow(double level) {
      return Math.min(maxClients, level * 2);
    }
  }

  /**
   * Arrival rate from {@code min} to {@code max} requests/s, searched until the gap between the
   * best passing and the lowest failing rate is within {@code relativePrecision} of the former.
   * {@code burstiness} 1 gives Poisson arrivals, anything else gamma arrivals.
   */
  record Rate(double minRate, double maxRate, double relativePrecision, double burstiness)
      implements SearchAxis {
    public Rate {
      if (!(minRate > 0) || !(maxRate >= minRate) || Double.isInfinite(maxRate)) {
        throw new IllegalArgumentException(
            "rate search needs 0 < min <= max requests/s, got " + minRate + ".." + maxRate);
      }
      if (!(relativePrecision > 0 && relativePrecision < 1)) {
        throw new IllegalArgumentException(
            "relativePrecision must be in (0, 1), got " + relativePrecision);
      }
      if (!(burstiness > 0)) {
        throw new IllegalArgumentException("burstiness must be positive, got " + burstiness);
      }
    }

    @Override
    public double min() {
      return minRate;
    }

    @Override
    public double max() {
      return maxRate;
    }

    @Override
    public LoadModel at(double level) {
      return new LoadModel.Open(
          burstiness == 1
              ? new ArrivalProcess.Poisson(level)
              : new ArrivalProcess.Gamma(level, burstiness));
    }

    @Override
    public boolean converged(double lo, double hi) {
      return hi - lo <= relativePrecision * lo;
    }

    @Override
    public double between(double lo, double hi) {
      return (lo + hi) / 2;
    }

    @Override
    public double grow(double level) {
      return Math.min(maxRate, level * 2);
    }
  }
}
