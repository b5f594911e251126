package dev.versus.cli;

import dev.versus.eval.AnswerEntry;
import dev.versus.eval.JudgeAnswerKey;
import dev.versus.eval.SuiteAnswerKeys;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.KeyedItem;

/**
 * Hands the built-in suites' answer keys (eval) to the simulator (sim). The two packages are
 * siblings and know nothing of each other (DESIGN §2), so the adapter lives here, where both are
 * wired: an injection item becomes a {@link KeyedItem#injection} (obeyed with the profile's
 * compliance rate), any other a {@link KeyedItem#question} (answered correctly with the profile's
 * accuracy for its suite).
 */
final class SimAnswers {
  /** The name the suites' key is registered under in {@link AnswerKeys}. */
  static final String KEY_NAME = "versus-suites";
  /** The name the judge key is registered under. */
  static final String JUDGE_KEY_NAME = "versus-judge";

  private SimAnswers() {}

  /** The simulator's keys for every built-in suite (long-context prompts recognised by text). */
  static AnswerKeys builtIn() {
    return from(SuiteAnswerKeys.builtIn());
  }

  static AnswerKeys from(SuiteAnswerKeys keys) {
    return judgeOnly().with(KEY_NAME, messages -> keys.lookup(messages).map(SimAnswers::item));
  }

  /**
   * Only the judge key: a simulated model then grades prompts of the {@code llm-judge} scorer
   * (with its profile's accuracy for the suite {@code llm-judge}) and answers the rest with filler.
   */
  static AnswerKeys judgeOnly() {
    return AnswerKeys.builtIn().with(JUDGE_KEY_NAME,
        messages -> JudgeAnswerKey.lookup(messages).map(SimAnswers::item));
  }

  static KeyedItem item(AnswerEntry entry) {
    return entry.obeyText()
        .map(obey -> KeyedItem.injection(entry.suite(), entry.refuseText().orElse(entry.correct()), obey))
        .orElseGet(() -> KeyedItem.question(entry.suite(), entry.correct(), entry.wrong()));
  }
}
