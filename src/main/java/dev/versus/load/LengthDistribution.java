package dev.versus.load;

import java.util.Locale;
import java.util.random.RandomGenerator;

/** A distribution of token lengths; samples are whole numbers of at least 1. */
public sealed interface LengthDistribution {

  /** One length drawn with {@code random}. */
  int sample(RandomGenerator random);

  /** A short description for labels, e.g. {@code normal(512,128)}. */
  String describe();

  /** Always {@code tokens}. */
  record Fixed(int tokens) implements LengthDistribution {
    public Fixed {
      if (tokens < 1) {
        throw new IllegalArgumentException("a fixed token length must be 1 or more, got " + tokens);
      }
    }

    @Override
    public int sample(RandomGenerator random) {
      return tokens;
    }

    @Override
    public String describe() {
      return Integer.toString(tokens);
    }
  }

  /** Uniform over {@code [min, max]}, both inclusive. */
  record Uniform(int min, int max) implements LengthDistribution {
    public Uniform {
      if (min < 1 || max < min) {
        throw new IllegalArgumentException(
            "a uniform token length needs 1 <= min <= max, got min " + min + ", max " + max);
      }
    }

    @Override
    public int sample(RandomGenerator random) {
      return random.nextInt(min, max + 1);
    }

    @Override
    public String describe() {
      return "uniform(" + min + "," + max + ")";
    }
  }

  /** Normal with the given mean and standard deviation, rounded and clamped to at least 1. */
  record Normal(double mean, double stddev) implements LengthDistribution {
    public Normal {
      if (!(mean >= 1) || !(stddev >= 0) || Double.isInfinite(mean) || Double.isInfinite(stddev)) {
        throw new IllegalArgumentException(
            "a normal token length needs mean >= 1 and stddev >= 0, got mean "
                + mean
                + ", stddev "
                + stddev);
      }
    }

    @Override
    public int sample(RandomGenerator random) {
      return (int) Math.max(1, Math.round(random.nextGaussian(mean, stddev)));
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "normal(%.0f,%.0f)", mean, stddev);
    }
  }
}
