package dev.versus.guard;

import java.util.Locale;

/** What the guard does with a text that a layer flags. */
public enum Action {
  /** Reject the text: the gateway answers 400 naming the rule. */
  BLOCK,
  /** Let the text through and record the reasons. */
  FLAG,
  /** Let the text through with secrets and personal data replaced. */
  REDACT;

  /** Parses a configuration value such as {@code block}. */
  public static Action fromId(String id) {
    try {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown guard action '" + id + "', expected block, flag or redact", e);
    }
  }
}
