package dev.versus.gateway;

import dev.versus.core.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The check a {@code cascade} route applies to a backend's non-streamed answer before serving it;
 * an answer that fails it is escalated to the route's next backend. Every set condition must hold.
 *
 * @param minOutputTokens the answer needs at least this many output tokens (0 = any length)
 * @param mustMatch a pattern that must be found in the answer; absent = not set
 * @param mustNotMatch a pattern that must not be found (a refusal, "I don't know"); absent = not set
 * @param requireStop the answer must have ended by itself ({@code finish_reason: stop}), not by a
 *     length limit or a content filter
 */
public record Acceptance(
    int minOutputTokens, Optional<Pattern> mustMatch, Optional<Pattern> mustNotMatch,
    boolean requireStop) {

  public Acceptance {
    Objects.requireNonNull(mustMatch, "mustMatch");
    Objects.requireNonNull(mustNotMatch, "mustNotMatch");
    if (minOutputTokens < 0) {
      throw new IllegalArgumentException("minOutputTokens must be 0 or more");
    }
  }

  /** A cascade's check when the route sets none: a non-empty answer that ended by itself. */
  public static Acceptance defaults() {
    return new Acceptance(1, Optional.empty(), Optional.empty(), true);
  }

  /**
   * Why the answer is not accepted, or empty when it is.
   *
   * @param outputTokens the answer's output tokens (the server's count, else an estimate)
   */
  public Optional<String> rejection(String content, FinishReason finish, int outputTokens) {
    List<String> reasons = new ArrayList<>();
    if (requireStop && finish != FinishReason.STOP) {
      reasons.add("finish_reason " + finish.name().toLowerCase(java.util.Locale.ROOT)
          + ", expected stop");
    }
    if (outputTokens < minOutputTokens) {
      reasons.add(outputTokens + " output tokens, expected at least " + minOutputTokens);
    }
    mustMatch.filter(p -> !p.matcher(content).find())
        .ifPresent(p -> reasons.add("does not match must-match /" + p.pattern() + "/"));
    mustNotMatch.filter(p -> p.matcher(content).find())
        .ifPresent(p -> reasons.add("matches must-not-match /" + p.pattern() + "/"));
    return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
  }
}
