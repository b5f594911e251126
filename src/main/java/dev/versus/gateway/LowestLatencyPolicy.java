package dev.versus.gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The available backend with the lowest moving-median latency first. A backend with no samples yet
 * sorts first so that every backend gets measured.
 */
final class LowestLatencyPolicy implements RoutingPolicy {
  private final List<String> backends;

  LowestLatencyPolicy(List<String> backends) {
    if (backends.isEmpty()) {
      throw new IllegalArgumentException("a lowest-latency route needs backends");
    }
    this.backends = List.copyOf(backends);
  }

  @Override
  public RoutingDecision choose(RoutingContext context) {
    List<String> ordered = new ArrayList<>(backends);
    ordered.sort(
        Comparator.comparing((String b) -> !LeastBusyPolicy.load(context, b).available())
            .thenComparingDouble(b -> LeastBusyPolicy.load(context, b).medianLatencyMillis()));
    double median = LeastBusyPolicy.load(context, ordered.getFirst()).medianLatencyMillis();
    return new RoutingDecision(
        ordered,
        median < 0
            ? "lowest-latency: " + ordered.getFirst() + " (not measured yet)"
            : String.format(
                Locale.ROOT, "lowest-latency: %s (median %.1f ms)", ordered.getFirst(), median));
  }
}
