package dev.versus.eval;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Statistics for evaluation results: Wilson intervals, seeded percentile bootstrap, macro-F1,
 * exact McNemar and paired bootstrap comparisons, consistency across repeats. All randomness comes
 * from the given seed, so results are reproducible.
 */
public final class Stats {
  /** The default number of bootstrap resamples. */
  public static final int DEFAULT_RESAMPLES = 2_000;

  private Stats() {}

  /** Wilson score interval for {@code successes} out of {@code n}. */
  public static Interval wilson(long successes, long n, double confidence) {
    if (n <= 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("need 0 <= successes <= n, n > 0; got " + successes
          + "/" + n);
    }
    double z = NormalQuantile.twoSided(confidence);
    double p = (double) successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == n ? 1 : Math.min(1, centre + half);
    return new Interval(p, low, high, confidence);
  }

  /** Percentile bootstrap interval of the mean of {@code values}. */
  public static Interval bootstrapMean(double[] values, int resamples, long seed,
      double confidence) {
    requireData(values.length, resamples);
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += values[random.nextInt(values.length)];
      }
      means[r] = sum / values.length;
    }
    return percentile(mean(values), means, confidence);
  }

  /** Macro-averaged F1 over the labels seen in gold or (non-empty) predictions. */
  public static double macroF1(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size() || gold.isEmpty()) {
      throw new IllegalArgumentException("need equally many gold and predicted labels, got "
          + gold.size() + " and " + predicted.size());
    }
    int[] all = new int[gold.size()];
    Arrays.setAll(all, i -> i);
    return MacroF1.compute(gold, predicted, all);
  }

  /** Macro-F1 with a percentile bootstrap interval over cases. */
  public static Interval macroF1Interval(List<String> gold, List<String> predicted,
      int resamples, long seed, double confidence) {
    double estimate = macroF1(gold, predicted);
    requireData(gold.size(), resamples);
    SplittableRandom random = new SplittableRandom(seed);
    double[] samples = new double[resamples];
    int[] idx = new int[gold.size()];
    MacroF1 encoded = MacroF1.encode(gold, predicted);
    for (int r = 0; r < resamples; r++) {
      for (int i = 0; i < idx.length; i++) {
        idx[i] = random.nextInt(idx.length);
      }
      samples[r] = encoded.compute(idx);
    }
    return percentile(estimate, samples, confidence);
  }

  /**
   * Exact two-sided McNemar test: p-value of the discordant pairs under Binomial(b + c, 1/2); 1
   * when there are none.
   */
  public static double mcnemarExactP(boolean[] a, boolean[] b) {
    requirePaired(a.length, b.length);
    int onlyA = 0;
    int onlyB = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] && !b[i]) {
        onlyA++;
      } else if (!a[i] && b[i]) {
        onlyB++;
      }
    }
    int n = onlyA + onlyB;
    if (n == 0) {
      return 1.0;
    }
    int k = Math.min(onlyA, onlyB);
    double logHalfN = n * Math.log(0.5);
    double logChoose = 0;
    double tail = 0;
    for (int i = 0; i <= k; i++) {
      if (i > 0) {
        logChoose += Math.log((double) (n - i + 1) / i);
      }
      tail += Math.exp(logChoose + logHalfN);
    }
    return Math.min(1.0, 2 * tail);
  }

  /** Pass/fail of A and B on the same cases: exact McNemar, difference of pass rates A − B. */
  public static Verdict comparePassFail(boolean[] a, boolean[] b, double alpha, int resamples,
      long seed) {
    double p = mcnemarExactP(a, b);
    double[] da = new double[a.length];
    double[] db = new double[b.length];
    for (int i = 0; i < a.length; i++) {
      da[i] = a[i] ? 1 : 0;
      db[i] = b[i] ? 1 : 0;
    }
    Interval diff = PairedBootstrap.run(da, db, resamples, seed, 1 - alpha).difference();
    return new Verdict(Verdict.decide(p, alpha, diff.estimate()), p, diff, alpha,
        "exact McNemar");
  }

  /** Continuous scores of A and B on the same cases: paired bootstrap of the mean difference. */
  public static Verdict compareScores(double[] a, double[] b, double alpha, int resamples,
      long seed) {
    PairedBootstrap.Result r = PairedBootstrap.run(a, b, resamples, seed, 1 - alpha);
    return new Verdict(Verdict.decide(r.pValue(), alpha, r.difference().estimate()), r.pValue(),
        r.difference(), alpha, "paired bootstrap");
  }

  /**
   * Compares two models' scores on the same cases ({@code a.get(i)} and {@code b.get(i)} score
   * the same case): exact McNemar on pass/fail when every value is 0 or 1, paired bootstrap of
   * the mean value otherwise.
   */
  public static Verdict compare(List<Score> a, List<Score> b, double alpha, long seed) {
    requirePaired(a.size(), b.size());
    boolean binary = true;
    double[] va = new double[a.size()];
    double[] vb = new double[b.size()];
    boolean[] pa = new boolean[a.size()];
    boolean[] pb = new boolean[b.size()];
    for (int i = 0; i < a.size(); i++) {
      va[i] = a.get(i).value();
      vb[i] = b.get(i).value();
      pa[i] = a.get(i).passed();
      pb[i] = b.get(i).passed();
      binary &= (va[i] == 0 || va[i] == 1) && (vb[i] == 0 || vb[i] == 1);
    }
    return binary
        ? comparePassFail(pa, pb, alpha, DEFAULT_RESAMPLES, seed)
        : compareScores(va, vb, alpha, DEFAULT_RESAMPLES, seed);
  }

  /** Agreement across repeats: {@code repeats.get(i)} holds the answers of case i's repeats. */
  public static Consistency consistency(List<List<String>> repeats) {
    if (repeats.isEmpty()) {
      throw new IllegalArgumentException("no cases");
    }
    int allAgree = 0;
    double pairwise = 0;
    for (List<String> answers : repeats) {
      if (answers.size() < 2) {
        throw new IllegalArgumentException("consistency needs at least 2 repeats per case");
      }
      int agreeing = 0;
      int pairs = 0;
      for (int i = 0; i < answers.size(); i++) {
        for (int j = i + 1; j < answers.size(); j++) {
          pairs++;
          agreeing += answers.get(i).equals(answers.get(j)) ? 1 : 0;
        }
      }
      allAgree += agreeing == pairs ? 1 : 0;
      pairwise += (double) agreeing / pairs;
    }
    return new Consistency(repeats.size(), (double) allAgree / repeats.size(),
        pairwise / repeats.size());
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  static Interval percentile(double estimate, double[] samples, double confidence) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    double tail = (1 - confidence) / 2;
    double low = quantile(sorted, tail);
    double high = quantile(sorted, 1 - tail);
    return new Interval(estimate, Math.min(low, estimate), Math.max(high, estimate), confidence);
  }

  /** Linear interpolation between order statistics (type 7). */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  static void requireData(int n, int resamples) {
    if (n == 0 || resamples < 1) {
      throw new IllegalArgumentException("need data and at least one resample, got n=" + n
          + ", resamples=" + resamples);
    }
  }

  static void requirePaired(int a, int b) {
    if (a != b || a == 0) {
      throw new IllegalArgumentException("paired data must have equal, non-zero lengths: " + a
          + " and " + b);
    }
  }
}
