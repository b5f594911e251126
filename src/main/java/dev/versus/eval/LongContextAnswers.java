package dev.versus.eval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers long-context prompts from the prompt itself, so that keys need not store haystacks of
 * millions of characters: the needle's code is in the prompt (direct and map cases) or in the map
 * answers that the engine pasted into it (aggregate cases).
 */
final class LongContextAnswers {

  private static final Pattern CODE = Pattern.compile("\\b(\\d{4})-(\\d{4})\\b");

  private LongContextAnswers() {}

  static Optional<AnswerEntry> answer(String prompt) {
    if (!prompt.contains(LongContextPrompts.SUBJECT_EN) && !prompt.contains(LongContextPrompts.SUBJECT_ES)
        && !prompt.contains(LongContextPrompts.QUESTION_ES)) {
      return Optional.empty();
    }
    String match = SuiteAnswerKeys.fingerprint(prompt);
    Matcher m = CODE.matcher(prompt);
    String correct = m.find() ? m.group() : LongContextPrompts.NONE;
    String wrong = correct.equals(LongContextPrompts.NONE) ? inventedCode(match) : misreadCode(correct);
    return Optional.of(AnswerEntry.of(SuiteAnswerKeys.longContextId(match), LongContextSuiteGenerator.SUITE,
        match, correct, wrong));
  }

  /** A typical retrieval slip: the last two digits swapped, or the last digit changed when they are equal. */
  static String misreadCode(String code) {
    char[] c = code.toCharArray();
    int n = c.length;
    if (c[n - 1] != c[n - 2]) {
      char t = c[n - 1];
      c[n - 1] = c[n - 2];
      c[n - 2] = t;
    } else {
      c[n - 1] = (char) ('0' + (c[n - 1] - '0' + 1) % 10);
    }
    return new String(c);
  }

  /** A hallucinated code, stable for the prompt. */
  private static String inventedCode(String fingerprintHex) {
    long v = Long.parseUnsignedLong(fingerprintHex.substring(0, 12), 16);
    return (1000 + v % 9000) + "-" + (1000 + (v / 9000) % 9000);
  }
}
