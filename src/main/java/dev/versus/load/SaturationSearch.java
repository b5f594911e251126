package dev.versus.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the knee ({@code find-max}): the highest concurrency or rate that still meets the SLOs with
 * an error rate under the bound. Doubles the level from the axis minimum until a level fails (or
 * the maximum passes), then bisects between the best passing and the lowest failing level until the
 * axis says they are close enough. Each level is one bounded run (use short limits); the number of
 * runs never exceeds {@link SaturationCriteria#maxRuns()}. Assumes sustainability falls with load;
 * measurements near the knee are noisy, so rerun the knee to confirm it.
 */
public final class SaturationSearch {
  private SaturationSearch() {}

  /** Runs the search; stops early (with what it has) after an interrupted level. */
  public static SaturationResult run(
      SearchAxis axis, SaturationCriteria criteria, LevelRunner runner) {
    List<LevelResult> runs = new ArrayList<>();
    int best = -1;
    double lo = Double.NaN;
    double hi = Double.NaN;
    double level = axis.min();
    while (runs.size() < criteria.maxRuns()) {
      LevelResult result = runner.run(axis.at(level));
      runs.add(result);
      if (result.interrupted()) {
        return new SaturationResult(runs, best, false);
      }
      if (!criteria.passes(result.summary())) {
        hi = level;
        break;
      }
      best = runs.size() - 1;
      lo = level;
      if (level >= axis.max()) {
        break;
      }
      level = axis.grow(level);
    }
    if (Double.isNaN(lo) || Double.isNaN(hi)) {
      return new SaturationResult(runs, best, !Double.isNaN(hi));
    }
    while (runs.size() < criteria.maxRuns() && !axis.converged(lo, hi)) {
      double mid = axis.between(lo, hi);
      if (mid <= lo || mid >= hi) {
        break;
      }
      LevelResult result = runner.run(axis.at(mid));
      runs.add(result);
      if (result.interrupted()) {
        break;
      }
      if (criteria.passes(result.summary())) {
        lo = mid;
        best = runs.size() - 1;
      } else {
        hi = mid;
      }
    }
    return new SaturationResult(runs, best, true);
  }
}
