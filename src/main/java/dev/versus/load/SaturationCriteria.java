package dev.versus.load;

import dev.versus.metrics.Summary;

/**
 * When a level counts as sustainable: its goodput (requests meeting every SLO, as a percentage of
 * measured requests) reaches {@code minGoodputPercent} and its error rate stays at or below {@code
 * maxErrorRate}. {@code maxRuns} bounds the number of levels the search may run.
 */
public record SaturationCriteria(double minGoodputPercent, double maxErrorRate, int maxRuns) {
  public SaturationCriteria {
    if (!(minGoodputPercent >= 0 && minGoodputPercent <= 100)) {
      throw new IllegalArgumentException(
          "minGoodputPercent must be in [0, 100], got " + minGoodputPercent);
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new IllegalArgumentException("maxErrorRate must be in [0, 1], got " + maxErrorRate);
    }
    if (maxRuns < 1) {
      throw new IllegalArgumentException("maxRuns must be 1 or more, got " + maxRuns);
    }
  }

  /** Whether a level with this summary is sustainable; a level that measured nothing is not. */
  public boolean passes(Summary summary) {
    return summary.requests() > 0
        && summary.goodput().percent() >= minGoodputPercent
        && summary.errorRate() <= maxErrorRate;
  }
}
