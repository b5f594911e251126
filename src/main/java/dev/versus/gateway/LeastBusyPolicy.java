package dev.versus.gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The available backend with the lowest utilisation first; the rest follow as fallbacks. */
final class LeastBusyPolicy implements RoutingPolicy {
  private final List<String> backends;

  LeastBusyPolicy(List<String> backends) {
    if (backends.isEmpty()) {
      throw new IllegalArgumentException("a least-busy route needs backends");
    }
    this.backends = List.copyOf(backends);
  }

  @Override
  public RoutingDecision choose(RoutingContext context) {
    List<String> ordered = new ArrayList<>(backends);
    ordered.sort(
        Comparator.comparing((String b) -> !load(context, b).available())
            .thenComparingDouble(b -> load(context, b).utilisation()));
    RoutingContext.BackendLoad first = load(context, ordered.getFirst());
    return new RoutingDecision(
        ordered,
        String.format(
            java.util.Locale.ROOT,
            "least-busy: %s (%d in flight of %d)",
            ordered.getFirst(),
            first.inFlight(),
            first.capacity()));
  }

  static RoutingContext.BackendLoad load(RoutingContext context, String backend) {
    return context.backends().getOrDefault(backend, new RoutingContext.BackendLoad(0, 0, -1, true));
  }
}
