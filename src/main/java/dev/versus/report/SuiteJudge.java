package dev.versus.report;

/**
 * Which judge model graded a suite's {@code llm-judge} cases, and by what rubric.
 *
 * @param suite the suite name
 * @param judge the judge's model reference, e.g. {@code sim:gemini-2.5-flash}
 * @param rubric the rubric its cases were graded by (the first seen when cases differ)
 */
public record SuiteJudge(String suite, String judge, String rubric) {
  public SuiteJudge {
    Checks.text(suite, "judge.suite");
    Checks.text(judge, "judge[" + suite + "].judge");
    java.util.Objects.requireNonNull(rubric, "rubric");
  }
}
