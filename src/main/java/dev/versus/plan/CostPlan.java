package dev.versus.plan;

/**
 * The cost part of a plan: cost is computed from each model's price and the measured tokens (or,
 * self-hosted, from GPU-hour price × GPUs / measured throughput); its presence makes a price
 * required for every model.
 *
 * @param requestsPerDay daily volume for {@code cost_per_day}; 0 when not given
 */
public record CostPlan(long requestsPerDay) {
  public CostPlan {
    if (requestsPerDay < 0) {
      throw new IllegalArgumentException("requests-per-day must be 0 or more, got " + requestsPerDay);
    }
  }
}
