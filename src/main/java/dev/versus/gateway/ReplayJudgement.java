package dev.versus.gateway;

import dev.versus.eval.Score;
import java.util.Objects;

/**
 * A judge model's grade of one candidate response against the logged one, when {@code versus
 * replay} was given a judge ({@link Replayer#withJudge}).
 *
 * @param judged whether a judge was configured (the other fields are empty or NaN when not)
 * @param model the judge model reference, e.g. {@code sim:gemini-2.5-flash}
 * @param score the judge's score in 0..1, {@code NaN} when not judged or the judge failed
 * @param passed whether the judge passed the candidate response
 * @param reason the judge's reason, or why it failed
 * @param errorClass {@code judge_error} when the judge call failed or its reply could not be
 *     read, else {@code ""}
 */
public record ReplayJudgement(boolean judged, String model, double score, boolean passed, String reason,
    String errorClass) {
  public ReplayJudgement {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(errorClass, "errorClass");
  }

  /** No judge configured. */
  public static ReplayJudgement none() {
    return new ReplayJudgement(false, "", Double.NaN, false, "", "");
  }

  /** From the {@code llm-judge} scorer's score. */
  static ReplayJudgement of(Score s) {
    String model = s.details().getOrDefault("judge", "");
    return s.errorClass().isEmpty()
        ? new ReplayJudgement(true, model, s.value(), s.passed(), s.reason(), "")
        : new ReplayJudgement(true, model, Double.NaN, false, s.reason(), s.errorClass());
  }

  /** Whether the judge graded this case (configured and no judge error). */
  public boolean graded() {
    return judged && errorClass.isEmpty();
  }
}
