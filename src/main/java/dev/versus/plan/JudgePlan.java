package dev.versus.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * The judge model of a plan's {@code llm-judge} suites ({@code quality.judge}); a suite file's own
 * {@code judge:} header, or a case's {@code judge} option, overrides it for its cases.
 *
 * @param reference the judge's model reference ({@code openai:MODEL@URL}, {@code gemini:MODEL},
 *     {@code sim:PROFILE})
 * @param modelKey the key of the plan model it is (its client, API key and price are reused), or
 *     {@code ""} when the plan named a reference outside {@code models}
 * @param rubric the rubric of judged cases that give none
 * @param template the judge prompt template's text
 * @param templateSource the template's file as written in the plan, or {@code "built-in"}
 */
public record JudgePlan(
    String reference, String modelKey, String rubric, String template, String templateSource) {
  public JudgePlan {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(modelKey, "modelKey");
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(templateSource, "templateSource");
    if (reference.isBlank() || rubric.isBlank()) {
      throw new IllegalArgumentException("a judge needs a reference and a rubric");
    }
  }

  /** The plan model the judge is, if it is one. */
  public Optional<String> planModel() {
    return modelKey.isEmpty() ? Optional.empty() : Optional.of(modelKey);
  }
}
