package dev.versus.guard;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Compiled allow / deny rules of one side. */
final class RuleSet {
  private record Compiled(String name, Pattern pattern) {}

  private final List<Compiled> deny;
  private final List<Compiled> allow;

  RuleSet(List<Rule> deny, List<Rule> allow) {
    this.deny = deny.stream().map(r -> new Compiled(r.name(), r.compile())).toList();
    this.allow = allow.stream().map(r -> new Compiled(r.name(), r.compile())).toList();
  }

  /** The first deny rule that matches. */
  Optional<String> denied(String text) {
    return first(deny, text);
  }

  /** The first allow rule that matches. */
  Optional<String> allowed(String text) {
    return first(allow, text);
  }

  private static Optional<String> first(List<Compiled> rules, String text) {
    return rules.stream().filter(r -> r.pattern().matcher(text).find()).map(Compiled::name).findFirst();
  }
}
