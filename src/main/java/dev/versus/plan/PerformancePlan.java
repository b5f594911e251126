package dev.versus.plan;

import dev.versus.load.LoadModel;
import dev.versus.metrics.Slo;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The performance part of a plan: a sweep of load levels, each run for {@code duration} after a
 * warm-up.
 *
 * @param workload what is sent
 * @param levels the load levels in the order written (closed-loop concurrency or open-loop rates)
 * @param duration measured time per level
 * @param warmup time per level before measuring
 * @param requests the most requests per level; 0 for no count limit
 * @param slo objectives goodput and find-max are measured against
 * @param maxErrorRate highest error rate (0 to 1) a level may have to count as within the SLO
 * @param findMax whether to search for the highest level within the SLO (the knee)
 */
public record PerformancePlan(
    Workload workload,
    List<LoadModel> levels,
    Duration duration,
    Duration warmup,
    long requests,
    Slo slo,
    double maxErrorRate,
    boolean findMax) {

  public PerformancePlan {
    Objects.requireNonNull(workload, "workload");
    levels = List.copyOf(levels);
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("a performance plan needs at least one load level");
    }
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(slo, "slo");
    if (requests < 0) {
      throw new IllegalArgumentException("requests must be 0 or more, got " + requests);
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new IllegalArgumentException("max-error-rate must be from 0 to 1, got " + maxErrorRate);
    }
  }
}
