package dev.versus.load;

import java.util.Objects;

/**
 * How load is offered: a fixed number of clients (closed loop) or arrivals on a schedule (open
 * loop).
 */
public sealed interface LoadModel {

  /** The level label used in records and reports, e.g. {@code c=8} or {@code poisson:5/s}. */
  String label();

  /** {@code concurrency} clients, each sending its next request as soon as the last one ends. */
  record Closed(int concurrency) implements LoadModel {
    public Closed {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be 1 or more, got " + concurrency);
      }
    }

    @Override
    public String label() {
      return "c=" + concurrency;
    }
  }

  /**
   * Requests sent at the intended times of {@code arrivals}, whether or not earlier ones have
   * finished. {@code maxConcurrency} (0: unbounded) caps requests in flight like vLLM's {@code
   * --max-concurrency}: a request due while the cap is reached waits, and that wait shows in its
   * schedule latency, not in its E2E.
   */
  record Open(ArrivalProcess arrivals, int maxConcurrency) implements LoadModel {
    public Open {
      Objects.requireNonNull(arrivals, "arrivals");
      if (maxConcurrency < 0) {
        throw new IllegalArgumentException(
            "maxConcurrency must be 0 (unbounded) or more, got " + maxConcurrency);
      }
    }

    /** Unbounded concurrency. */
    public Open(ArrivalProcess arrivals) {
      this(arrivals, 0);
    }

    @Override
    public String label() {
      return maxConcurrency == 0 ? arrivals.label() : arrivals.label() + ",max=" + maxConcurrency;
    }
  }
}
