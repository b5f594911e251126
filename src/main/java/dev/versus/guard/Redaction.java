package dev.versus.guard;

import java.util.List;
import java.util.Objects;

/**
 * A text with secrets and personal data replaced by {@code [REDACTED:kind]}.
 *
 * @param text the redacted text (equal to the input when nothing was found)
 * @param what one entry per kind found, e.g. {@code email x2}
 */
public record Redaction(String text, List<String> what) {
  public Redaction {
    Objects.requireNonNull(text, "text");
    what = List.copyOf(what);
  }

  /** Whether anything was replaced. */
  public boolean changed() {
    return !what.isEmpty();
  }
}
