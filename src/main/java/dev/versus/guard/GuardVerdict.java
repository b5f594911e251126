package dev.versus.guard;

import java.util.List;
import java.util.Objects;

/** The guard's decision on one text; consume with an exhaustive switch. */
public sealed interface GuardVerdict {

  /** Nothing found (or nothing above the thresholds). */
  record Allow() implements GuardVerdict {}

  /**
   * Let through but recorded.
   *
   * @param reasons one entry per layer that fired, e.g. {@code heuristic: override-en}
   * @param score the highest layer score, in [0, 1]
   */
  record Flag(List<String> reasons, double score) implements GuardVerdict {
    public Flag {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a flag needs at least one reason");
      }
    }
  }

  /**
   * Rejected; the gateway turns this into a 400 naming {@code rule}.
   *
   * @param rule the rule or layer that decided, e.g. {@code deny:drop-table} or {@code heuristic}
   * @param reason human-readable explanation
   * @param score the deciding score, in [0, 1]
   */
  record Block(String rule, String reason, double score) implements GuardVerdict {
    public Block {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Let through with secrets and personal data replaced.
   *
   * @param newText the text to use instead
   * @param what what was replaced, e.g. {@code email x2}
   */
  record Redact(String newText, List<String> what) implements GuardVerdict {
    public Redact {
      Objects.requireNonNull(newText, "newText");
      what = List.copyOf(what);
    }
  }
}
