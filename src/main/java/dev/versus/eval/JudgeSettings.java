package dev.versus.eval;

import java.util.Objects;

/**
 * How the {@code llm-judge} scorer asks its judge model.
 *
 * @param defaultJudge the judge model reference ({@code openai:MODEL@URL}, {@code gemini:MODEL},
 *     {@code sim:PROFILE}) for cases whose options name none; {@code ""} for none
 * @param defaultRubric the rubric for cases whose options name none
 * @param template the prompt template, with the placeholders {@code {{rubric}}}, {@code
 *     {{question}}}, {@code {{reference}}} and {@code {{response}}}
 * @param maxTokens the judge's output token limit
 */
public record JudgeSettings(String defaultJudge, String defaultRubric, String template,
    int maxTokens) {
  /** The rubric used when neither the case, the suite nor the command line gives one. */
  public static final String DEFAULT_RUBRIC = "The response answers the question correctly and"
      + " agrees with the reference answer when one is given; style and length do not matter.";

  public JudgeSettings {
    Objects.requireNonNull(defaultJudge, "defaultJudge");
    Objects.requireNonNull(defaultRubric, "defaultRubric");
    Objects.requireNonNull(template, "template");
    defaultJudge = defaultJudge.strip();
    if (defaultRubric.isBlank()) {
      throw new EvalException("the judge rubric must not be empty");
    }
    if (!template.contains("{{response}}")) {
      throw new EvalException("the judge prompt template must contain {{response}} (and may use"
          + " {{rubric}}, {{question}} and {{reference}})");
    }
    if (maxTokens < 16) {
      throw new EvalException("the judge's max tokens must be 16 or more, got " + maxTokens);
    }
  }

  /** No default judge, the default rubric and the built-in template ({@link JudgePrompt}). */
  public static JudgeSettings defaults() {
    return new JudgeSettings("", DEFAULT_RUBRIC, JudgePrompt.TEMPLATE, 512);
  }

  public JudgeSettings withJudge(String reference) {
    return new JudgeSettings(reference, defaultRubric, template, maxTokens);
  }

  public JudgeSettings withRubric(String rubric) {
    return new JudgeSettings(defaultJudge, rubric, template, maxTokens);
  }

  public JudgeSettings withTemplate(String newTemplate) {
    return new JudgeSettings(defaultJudge, defaultRubric, newTemplate, maxTokens);
  }
}
