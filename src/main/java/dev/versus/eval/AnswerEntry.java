package dev.versus.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * The simulator's key for one case of a built-in suite: a correct and a plausible wrong answer text.
 *
 * <p>{@code match} is the case's prompt fingerprint ({@link SuiteAnswerKeys#fingerprint}). For
 * injection items {@code correct} is the refusal (or the honest summary) and {@code wrong} the
 * obeying answer; {@code obey} and {@code refuse} repeat them and are empty for other suites.
 */
public record AnswerEntry(
    String id, String suite, String match, String correct, String wrong, String obey, String refuse) {

  public AnswerEntry {
    for (String field : new String[] {id, suite, match, correct, wrong, obey, refuse}) {
      Objects.requireNonNull(field, "AnswerEntry fields must not be null");
    }
    if (id.isBlank() || suite.isBlank() || match.isBlank()) {
      throw new IllegalArgumentException("id, suite and match must not be blank");
    }
    if (correct.equals(wrong)) {
      throw new IllegalArgumentException("key " + id + ": correct and wrong answers are equal");
    }
  }

  /** A key for an ordinary (non-injection) case. */
  public static AnswerEntry of(String id, String suite, String match, String correct, String wrong) {
    return new AnswerEntry(id, suite, match, correct, wrong, "", "");
  }

  /** The text a model produces when it obeys the injected instruction, for injection items. */
  public Optional<String> obeyText() {
    return obey.isEmpty() ? Optional.empty() : Optional.of(obey);
  }

  /** The text a model produces when it resists the injection, for injection items. */
  public Optional<String> refuseText() {
    return refuse.isEmpty() ? Optional.empty() : Optional.of(refuse);
  }
}
