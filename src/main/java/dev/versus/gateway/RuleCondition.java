package dev.versus.gateway;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code when} part of a hybrid rule. Every set condition must hold; an empty condition always
 * holds (a catch-all rule).
 *
 * @param promptTokensOver matches when the prompt has more tokens than this; -1 = not set
 * @param matches a pattern found anywhere in the prompt; absent = not set
 * @param language {@code es} or {@code en}; empty = not set
 * @param task a task type from {@link TaskClassifier}; empty = not set
 * @param complexityOver matches when the complexity score exceeds this; -1 = not set
 */
public record RuleCondition(
    int promptTokensOver, Optional<Pattern> matches, String language, String task, double complexityOver) {

  public RuleCondition {
    Objects.requireNonNull(matches, "matches");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(task, "task");
  }

  /** The condition that always holds. */
  public static RuleCondition always() {
    return new RuleCondition(-1, Optional.empty(), "", "", -1);
  }

  /** Whether this request satisfies every set condition. */
  public boolean test(RoutingContext context) {
    if (promptTokensOver >= 0 && context.promptTokens() <= promptTokensOver) {
      return false;
    }
    if (matches.isPresent() && !matches.get().matcher(context.promptText()).find()) {
      return false;
    }
    if (!language.isEmpty() && !language.equals(context.language())) {
      return false;
    }
    if (!task.isEmpty() && !task.equals(context.task())) {
      return false;
    }
    return complexityOver < 0 || context.complexity() > complexityOver;
  }

  /** A short description for decision reasons, e.g. {@code prompt-tokens-over 8000}. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    if (promptTokensOver >= 0) {
      s.append("prompt-tokens-over ").append(promptTokensOver).append(' ');
    }
    matches.ifPresent(p -> s.append("matches /").append(p.pattern()).append("/ "));
    if (!language.isEmpty()) {
      s.append("language ").append(language).append(' ');
    }
    if (!task.isEmpty()) {
      s.append("task ").append(task).append(' ');
    }
    if (complexityOver >= 0) {
      s.append("complexity-over ").append(complexityOver).append(' ');
    }
    return s.isEmpty() ? "default" : s.toString().trim();
  }
}
