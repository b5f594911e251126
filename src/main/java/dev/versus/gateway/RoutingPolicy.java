package dev.versus.gateway;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Chooses the backends for one request of a route. Implementations are thread-safe. */
public interface RoutingPolicy {

  /** Decides for one request; never returns an empty candidate list. */
  RoutingDecision choose(RoutingContext context);

  /** Builds the policy a route configures. */
  static RoutingPolicy of(RouteConfig route, long seed) {
    return switch (route.policy()) {
      case SINGLE -> context -> new RoutingDecision(route.backends(), "single");
      case SPLIT -> new SplitPolicy(route.weights(), route.fallback(), route.model(), seed);
      case HYBRID -> new HybridPolicy(route.rules(), route.fallback());
      case LEAST_BUSY -> new LeastBusyPolicy(route.backends());
      case LOWEST_LATENCY -> new LowestLatencyPolicy(route.backends());
      case CASCADE -> context -> new RoutingDecision(route.backends(), "cascade: cheapest first");
    };
  }

  /** The chosen backend followed by the fallbacks, without duplicates. */
  static List<String> withFallbacks(String chosen, List<String> fallback) {
    LinkedHashSet<String> ordered = new LinkedHashSet<>();
    ordered.add(chosen);
    ordered.addAll(fallback);
    return new ArrayList<>(ordered);
  }
}
