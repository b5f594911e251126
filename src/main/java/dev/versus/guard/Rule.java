package dev.versus.guard;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A named regex rule for the allow / deny layer.
 *
 * @param name shown in verdicts, e.g. {@code deny:sql-drop}
 * @param regex a Java regex, matched with {@link java.util.regex.Matcher#find()}
 */
public record Rule(String name, String regex) {
  public Rule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(regex, "regex");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a rule needs a name");
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "rule '" + name + "': not a valid regex: " + e.getDescription(), e);
    }
  }

  Pattern compile() {
    return Pattern.compile(regex, Pattern.UNICODE_CASE);
  }
}
