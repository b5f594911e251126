package dev.versus.gateway;

import java.util.List;
import java.util.Objects;

/** The replay run's summary and its cases, in logged order. */
public record ReplayResult(ReplaySummary summary, List<ReplayCase> cases) {
  public ReplayResult {
    Objects.requireNonNull(summary, "summary");
    cases = List.copyOf(cases);
  }
}
