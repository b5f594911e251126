package dev.versus.plan;

/**
 * Which part of a run a figure is taken from: the whole run or one load level ({@code
 * @concurrency=64}, {@code @rate=5}).
 */
public sealed interface Selector {

  /** The text after {@code @}, or empty for the whole run. */
  String label();

  /** The whole run (all levels, all suites). */
  record Run() implements Selector {
    @Override
    public String label() {
      return "";
    }
  }

  /** The closed-loop level with this many concurrent clients. */
  record Concurrency(int clients) implements Selector {
    public Concurrency {
      if (clients < 1) {
        throw new IllegalArgumentException("concurrency must be 1 or more, got " + clients);
      }
    }

    @Override
    public String label() {
      return "concurrency=" + clients;
    }
  }

  /** The open-loop level with this mean arrival rate, in requests per second. */
  record Rate(double perSecond) implements Selector {
    public Rate {
      if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
        throw new IllegalArgumentException("rate must be a positive number, got " + perSecond);
      }
    }

    @Override
    public String label() {
      return "rate=" + Numbers.plain(perSecond);
    }
  }

  /** Shared instance of {@link Run}. */
  Selector RUN = new Run();
}
