package dev.versus.gateway;

import java.util.List;
import java.util.Objects;

/**
 * The gateway's view of one guard decision on one text. The guard package's verdicts are mapped
 * into it by {@link Screener}'s implementation, so the proxy depends on this seam only.
 *
 * @param action what to do with the text
 * @param text the text to use (changed only for {@link Action#REDACT})
 * @param rule the deciding rule or layer for a block, empty otherwise
 * @param reasons why it was flagged, blocked or redacted
 * @param json the verdict as a JSON object, for the log
 */
record Screening(Action action, String text, String rule, List<String> reasons, String json) {

  /** The guard's actions as the proxy applies them. */
  enum Action {
    ALLOW,
    FLAG,
    BLOCK,
    REDACT
  }

  Screening {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(json, "json");
    reasons = List.copyOf(reasons);
  }

  static Screening allow(String text) {
    return new Screening(Action.ALLOW, text, "", List.of(), "{\"verdict\":\"allow\"}");
  }
}
