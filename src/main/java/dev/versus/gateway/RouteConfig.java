package dev.versus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param accept a cascade's check of each answer before it is served
 * @param guard the route's raw {@code guard} section, which replaces the gateway's {@code input}
 *     and/or {@code output} part for this route; empty = the gateway's guard
 */
public record RouteConfig(
    String model,
    PolicyKind policy,
    List<HybridRule> rules,
    List<String> fallback,
    Map<String, Integer> weights,
    String stickyHeader,
    List<String> backends,
    Acceptance accept,
    Optional<JsonNode> guard) {

  public RouteConfig {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(stickyHeader, "stickyHeader");
    rules = List.copyOf(rules);
    fallback = List.copyOf(fallback);
    weights = Map.copyOf(weights);
    backends = List.copyOf(backends);
    Objects.requireNonNull(accept, "accept");
    Objects.requireNonNull(guard, "guard");
  }

  /** A route with the default cascade check and the gateway's guard. */
  public RouteConfig(String model, PolicyKind policy, List<HybridRule> rules, List<String> fallback,
      Map<String, Integer> weights, String stickyHeader, List<String> backends) {
    this(model, policy, rules, fallback, weights, stickyHeader, backends, Acceptance.defaults(),
        Optional.empty());
  }
}
