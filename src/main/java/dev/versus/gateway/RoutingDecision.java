package dev.versus.gateway;

import java.util.List;
import java.util.Objects;

/**
 * The backends to try, in order (the first is the choice, the rest fallbacks), and why. The reason
 * is logged with every interaction.
 */
public record RoutingDecision(List<String> candidates, String reason) {
  public RoutingDecision {
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(reason, "reason");
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a decision needs at least one candidate");
    }
  }

  /** The chosen backend. */
  public String primary() {
    return candidates.getFirst();
  }
}
