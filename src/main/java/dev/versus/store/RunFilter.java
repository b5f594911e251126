package dev.versus.store;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which runs {@link Runs#list} returns, newest first. Start from {@link #all()} and narrow it:
 * {@code RunFilter.all().kind("bench").statuses(RunStatus.COMPLETED).limit(20)}.
 *
 * @param kind only runs of this kind, or {@code ""} for every kind
 * @param statuses only runs in one of these states, or empty for every state
 * @param limit at most this many runs (1..100000)
 */
public record RunFilter(String kind, Set<RunStatus> statuses, int limit) {

  /** The limit of {@link #all()}. */
  public static final int DEFAULT_LIMIT = 100;

  public RunFilter {
    Objects.requireNonNull(kind, "kind");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    if (limit < 1 || limit > 100_000) {
      throw new IllegalArgumentException("limit must be 1..100000, got " + limit);
    }
  }

  /** Every run, newest first, at most {@value #DEFAULT_LIMIT}. */
  public static RunFilter all() {
    return new RunFilter("", Set.of(), DEFAULT_LIMIT);
  }

  /** This filter narrowed to one kind. */
  public RunFilter kind(String runKind) {
    return new RunFilter(runKind, statuses, limit);
  }

  /** This filter narrowed to the given states. */
  public RunFilter statuses(RunStatus... states) {
    return new RunFilter(kind, Set.copyOf(List.of(states)), limit);
  }

  /** This filter with another limit. */
  public RunFilter limit(int max) {
    return new RunFilter(kind, statuses, max);
  }
}
