package dev.versus.gateway;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One route: the model name clients ask for, and how a backend is chosen for it.
 *
 * @param model the name clients send in {@code model}
 * @param policy how to choose
 * @param rules hybrid rules, in order (first match wins)
 * @param fallback backends to try next, in order, when the chosen one fails before the first byte
 * @param weights split weights by backend
 * @param stickyHeader header whose value pins a user to one arm of a split, empty = none
 * @param backends the candidates of least-busy, lowest-latency and cascade policies
 */
public record RouteConfig(
    String model,
    PolicyKind policy,
    List<HybridRule> rules,
    List<String> fallback,
    Map<String, Integer> weights,
    String stickyHeader,
    List<String> backends) {

  public RouteConfig {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(stickyHeader, "stickyHeader");
    rules = List.copyOf(rules);
    fallback = List.copyOf(fallback);
    weights = Map.copyOf(weights);
    backends = List.copyOf(backends);
  }
}
