package dev.versus.eval;

import dev.versus.core.Message;
import dev.versus.core.Role;
import java.util.List;
import java.util.Optional;

/**
 * Lets the simulator act as a judge (DESIGN §4): recognises a prompt rendered from the built-in
 * judge template and gives the key a simulated model answers from, with its profile's accuracy for
 * the suite {@value ModelJudge#SCORER}. The correct grade is pass (score 9) when the response
 * contains a reference answer (normalised) or has token F1 of at least 0.5 with one, or, without
 * a reference, when it is not empty; fail (score 1) otherwise. The wrong answer is the opposite
 * grade. Half of the prompts (by fingerprint) get the grade as JSON, the others as {@code
 * Score:}/{@code Verdict:} lines, so both reply forms are exercised. Stateless.
 */
public final class JudgeAnswerKey {
  private JudgeAnswerKey() {}

  /** The key for a judge prompt (the last user message), or empty when it is not one. */
  public static Optional<AnswerEntry> lookup(List<Message> messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role() == Role.USER) {
        return lookup(messages.get(i).content());
      }
    }
    return Optional.empty();
  }

  static Optional<AnswerEntry> lookup(String prompt) {
    return JudgePrompt.parse(prompt).map(parts -> {
      String match = SuiteAnswerKeys.fingerprint(prompt);
      boolean json = Character.digit(match.charAt(0), 16) % 2 == 0;
      boolean deserved = deserves(parts);
      boolean reference = !parts.references().isEmpty();
      String correct = reply(deserved, json, reference);
      String wrong = reply(!deserved, json, reference);
      return AnswerEntry.of("judge/" + match.substring(0, 16), ModelJudge.SCORER, match, correct,
          wrong);
    });
  }

  private static boolean deserves(JudgePrompt.Parts parts) {
    if (parts.references().isEmpty()) {
      return !parts.response().isBlank();
    }
    String response = TextNormalizer.normalize(parts.response(), true);
    for (String reference : parts.references()) {
      String ref = TextNormalizer.normalize(reference, true);
      if (!ref.isEmpty() && (" " + response + " ").contains(" " + ref + " ")) {
        return true;
      }
      if (TokenF1Scorer.f1(TextNormalizer.squadTokens(parts.response(), "en"),
          TextNormalizer.squadTokens(reference, "en")) >= 0.5) {
        return true;
      }
    }
    return false;
  }

  private static String reply(boolean pass, boolean json, boolean reference) {
    int score = pass ? 9 : 1;
    String verdict = pass ? "pass" : "fail";
    String reason = !reference
        ? (pass ? "The response answers the question." : "The response does not answer the question.")
        : pass
            ? "The response gives the reference answer."
            : "The response does not give the reference answer.";
    return json
        ? "{\"score\": " + score + ", \"verdict\": \"" + verdict + "\", \"reason\": \"" + reason
            + "\"}"
        : "Score: " + score + "/10\nVerdict: " + verdict.toUpperCase(java.util.Locale.ROOT)
            + "\nReason: " + reason;
  }
}
