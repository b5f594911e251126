package dev.versus.report;

import java.util.Objects;

/** What 1,000 requests of the measured workload cost one model, and how that was worked out. */
public sealed interface CostEstimate {

  /** The model priced. */
  String modelKey();

  /** US dollars per 1,000 requests. */
  double usdPer1kRequests();

  /**
   * From the list price and measured mean tokens per request.
   *
   * @param meanInputTokens mean prompt tokens per request, as measured
   * @param meanOutputTokens mean billed output tokens per request (reasoning included)
   * @param tokenSource who counted them
   * @param price the price applied
   */
  record ApiPrice(
      String modelKey,
      double meanInputTokens,
      double meanOutputTokens,
      TokenSource tokenSource,
      Price.PerMillionTokens price)
      implements CostEstimate {
    public ApiPrice {
      Checks.text(modelKey, "cost.modelKey");
      Checks.nonNegative(meanInputTokens, "cost[" + modelKey + "].meanInputTokens");
      Checks.nonNegative(meanOutputTokens, "cost[" + modelKey + "].meanOutputTokens");
      Objects.requireNonNull(tokenSource, "cost[" + modelKey + "].tokenSource");
      Objects.requireNonNull(price, "cost[" + modelKey + "].price");
    }

    @Override
    public double usdPer1kRequests() {
      double perRequest =
          (meanInputTokens * price.inputUsd() + meanOutputTokens * price.outputUsd()) / 1e6;
      return 1000 * perRequest;
    }
  }

  /**
   * Self-hosted: GPU time divided by measured throughput at a chosen load level.
   *
   * @param gpuHourUsd price of one GPU for one hour
   * @param gpus GPUs the model runs on
   * @param requestsPerSecond sustained completed requests per second at {@code level}
   * @param level the load level whose throughput was used (usually the knee)
   */
  record SelfHosted(
      String modelKey, double gpuHourUsd, int gpus, double requestsPerSecond, LoadLevel level)
      implements CostEstimate {
    public SelfHosted {
      Checks.text(modelKey, "cost.modelKey");
      String at = "cost[" + modelKey + "]";
      Checks.nonNegative(gpuHourUsd, at + ".gpuHourUsd");
      if (gpus < 1) {
        throw new ReportException(at + ".gpus must be at least 1, got " + gpus);
      }
      Checks.finite(requestsPerSecond, at + ".requestsPerSecond");
      if (requestsPerSecond <= 0) {
        throw new ReportException(at + ".requestsPerSecond must be positive");
      }
      Objects.requireNonNull(level, at + ".level");
    }

    @Override
    public double usdPer1kRequests() {
      double requestsPerHour = requestsPerSecond * 3600;
      return 1000 * gpuHourUsd * gpus / requestsPerHour;
    }
  }
}
