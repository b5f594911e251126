package dev.versus.gateway;

import java.util.Objects;

/** One rule of a hybrid route: when the condition holds, use the backend. */
public record HybridRule(RuleCondition when, String use) {
  public HybridRule {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(use, "use");
  }
}
