package dev.versus.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The judge's prompt: the built-in template, rendering, and reading a rendered built-in prompt
 * back into its parts (so that a simulated judge can recognise one, see {@link JudgeAnswerKey}).
 */
final class JudgePrompt {
  /** First line of the built-in template; how a rendered judge prompt is recognised. */
  static final String HEADER = "[versus llm-judge v1]";

  static final String TEMPLATE = HEADER + "\n"
      + "You are an impartial grader. Grade the RESPONSE to the QUESTION against the RUBRIC,"
      + " using the REFERENCE answer when one is given.\n\n"
      + "RUBRIC:\n{{rubric}}\n\n"
      + "<question>\n{{question}}\n</question>\n\n"
      + "<reference>\n{{reference}}\n</reference>\n\n"
      + "<response>\n{{response}}\n</response>\n\n"
      + "Give a score from 0 (does not meet the rubric at all) to 10 (fully meets it) and a"
      + " verdict, pass when the score is 5 or more. Reply with this JSON object and nothing"
      + " else:\n"
      + "{\"score\": <0-10>, \"verdict\": \"pass\" or \"fail\", \"reason\": \"<one sentence>\"}";

  /** Written in place of the reference when the case has no expected answer. */
  static final String NO_REFERENCE = "(none)";

  /** Longest question text put into a judge prompt; long-context prompts run to megabytes. */
  static final int MAX_QUESTION_CHARS = 20_000;

  private JudgePrompt() {}

  /** The prompt for one response; several references go one per line. */
  static String render(String template, String rubric, String question, List<String> references,
      String response) {
    String q = question.length() > MAX_QUESTION_CHARS
        ? question.substring(0, MAX_QUESTION_CHARS) + " … [question cut]"
        : question;
    String reference = references.isEmpty() ? NO_REFERENCE : String.join("\n", references);
    return EvalCase.render(template, Map.of("rubric", rubric, "question", q,
        "reference", reference, "response", response));
  }

  /** The parts of a prompt rendered from the built-in template. */
  record Parts(String question, List<String> references, String response) {}

  /** The parts of {@code prompt} when it was rendered from the built-in template. */
  static Optional<Parts> parse(String prompt) {
    if (!prompt.startsWith(HEADER)) {
      return Optional.empty();
    }
    int q = prompt.indexOf("<question>\n");
    int qEnd = prompt.indexOf("\n</question>\n\n<reference>\n", q);
    int rEnd = prompt.indexOf("\n</reference>\n\n<response>\n", qEnd);
    int sEnd = prompt.lastIndexOf("\n</response>\n\n");
    if (q < 0 || qEnd < 0 || rEnd < 0 || sEnd < rEnd) {
      return Optional.empty();
    }
    String question = prompt.substring(q + "<question>\n".length(), qEnd);
    String reference = prompt.substring(qEnd + "\n</question>\n\n<reference>\n".length(), rEnd);
    String response = prompt.substring(rEnd + "\n</reference>\n\n<response>\n".length(), sEnd);
    List<String> references = reference.equals(NO_REFERENCE)
        ? List.of()
        : reference.lines().filter(l -> !l.isBlank()).toList();
    return Optional.of(new Parts(question, references, response));
  }
}
