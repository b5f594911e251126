package dev.versus.eval;

import java.util.SplittableRandom;

/**
 * Seeded paired bootstrap of the mean difference A − B over cases. The two-sided p-value is twice
 * the smaller fraction of resampled mean differences on either side of zero, capped at 1.
 */
final class PairedBootstrap {
  record Result(Interval difference, double pValue) {}

  private PairedBootstrap() {}

  static Result run(double[] a, double[] b, int resamples, long seed, double confidence) {
    Stats.requirePaired(a.length, b.length);
    Stats.requireData(a.length, resamples);
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    double observed = Stats.mean(d);
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[resamples];
    int atMostZero = 0;
    int atLeastZero = 0;
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < d.length; i++) {
        sum += d[random.nextInt(d.length)];
      }
      means[r] = sum / d.length;
      atMostZero += means[r] <= 0 ? 1 : 0;
      atLeastZero += means[r] >= 0 ? 1 : 0;
    }
    double p = Math.min(1.0, 2.0 * Math.min(atMostZero, atLeastZero) / resamples);
    return new Result(Stats.percentile(observed, means, confidence), p);
  }
}
