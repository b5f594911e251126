package dev.versus.eval;

import dev.versus.core.SamplingParams;
import java.util.Objects;

/**
 * How an eval run is carried out.
 *
 * @param repeats how many times each case is asked of each model, 1 or more
 * @param concurrency most calls in flight at once, over all models, 1 or more
 * @param sampling the sampling parameters sent; when they set no seed, repeat {@code r} sends
 *     seed {@code seed + r}, so that repeats are independent samples yet reproducible
 * @param retry how failed calls are retried
 * @param seed seeds bootstrap resampling, retry jitter and per-repeat sampling seeds
 * @param confidence the confidence level of every interval, e.g. 0.95
 * @param alpha the significance level of paired comparisons, e.g. 0.05
 */
public record EvalSettings(int repeats, int concurrency, SamplingParams sampling, RetryPolicy retry,
    long seed, double confidence, double alpha) {
  public EvalSettings {
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(retry, "retry");
    if (repeats < 1 || repeats > 1_000) {
      throw new IllegalArgumentException("repeat must be 1..1000, got " + repeats);
    }
    if (concurrency < 1 || concurrency > 10_000) {
      throw new IllegalArgumentException("concurrency must be 1..10000, got " + concurrency);
    }
    if (!(confidence > 0 && confidence < 1) || !(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("confidence and alpha must be in (0, 1)");
    }
  }

  /** One repeat, 8 calls in flight, server-default sampling, default retries, 95% / 0.05. */
  public static EvalSettings defaults() {
    return new EvalSettings(1, 8, SamplingParams.defaults(), RetryPolicy.defaults(), 0, 0.95, 0.05);
  }

  public EvalSettings withRepeats(int value) {
    return new EvalSettings(value, concurrency, sampling, retry, seed, confidence, alpha);
  }

  public EvalSettings withConcurrency(int value) {
    return new EvalSettings(repeats, value, sampling, retry, seed, confidence, alpha);
  }

  public EvalSettings withSampling(SamplingParams value) {
    return new EvalSettings(repeats, concurrency, value, retry, seed, confidence, alpha);
  }

  public EvalSettings withRetry(RetryPolicy value) {
    return new EvalSettings(repeats, concurrency, sampling, value, seed, confidence, alpha);
  }

  public EvalSettings withSeed(long value) {
    return new EvalSettings(repeats, concurrency, sampling, retry, value, confidence, alpha);
  }

  /** The sampling parameters for repeat {@code r}. */
  SamplingParams samplingFor(int repeat) {
    return sampling.seed().isPresent() ? sampling : sampling.withSeed(seed + repeat);
  }
}
