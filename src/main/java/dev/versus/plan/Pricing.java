package dev.versus.plan;

/** How a model is paid for: per token (a hosted API) or per GPU-hour (self-hosted). */
public sealed interface Pricing {

  /** No price given: the plan may not ask for this model's cost. */
  record None() implements Pricing {}

  /** List prices in US dollars per million tokens. */
  record PerToken(double inputPerMillion, double outputPerMillion) implements Pricing {
    public PerToken {
      requireNonNegative(inputPerMillion, "input-per-million");
      requireNonNegative(outputPerMillion, "output-per-million");
    }
  }

  /**
   * Self-hosted: cost is {@code gpuHourPrice × gpus} per hour of serving, spread over the measured
   * throughput.
   *
   * @param gpuHourPrice US dollars per GPU-hour
   * @param gpus GPUs serving the model
   */
  record SelfHosted(double gpuHourPrice, int gpus) implements Pricing {
    public SelfHosted {
      requireNonNegative(gpuHourPrice, "gpu-hour-price");
      if (gpus < 1) {
        throw new IllegalArgumentException("gpus must be 1 or more, got " + gpus);
      }
    }
  }

  /** Shared instance of {@link None}. */
  Pricing NONE = new None();

  private static void requireNonNegative(double value, String field) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be 0 or more, got " + value);
    }
  }
}
