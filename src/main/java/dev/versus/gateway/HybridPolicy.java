package dev.versus.gateway;

import java.util.List;

/** Ordered rules on the prompt: the first rule whose condition holds picks the backend. */
final class HybridPolicy implements RoutingPolicy {
  private final List<HybridRule> rules;
  private final List<String> fallback;

  HybridPolicy(List<HybridRule> rules, List<String> fallback) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a hybrid route needs at least one rule");
    }
    this.rules = List.copyOf(rules);
    this.fallback = List.copyOf(fallback);
  }

  @Override
  public RoutingDecision choose(RoutingContext context) {
    for (int i = 0; i < rules.size(); i++) {
      HybridRule rule = rules.get(i);
      if (rule.when().test(context)) {
        return new RoutingDecision(
            RoutingPolicy.withFallbacks(rule.use(), fallback),
            "hybrid rule " + (i + 1) + " (" + rule.when().describe() + ") -> " + rule.use());
      }
    }
    return new RoutingDecision(fallback.isEmpty() ? List.of(rules.getLast().use()) : fallback,
        "hybrid: no rule matched, fallback");
  }
}
