package dev.versus.guard;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a document <em>about</em> AI (an explainer, a red-team write-up, a glossary, news, notes of
 * a working group) from one that merely contains an instruction for an AI: the first uses the
 * topic's vocabulary throughout (prompts, models, chatbots, injection, attackers, guardrails …),
 * the second names an AI once or twice, to address it. In a document about AI the injection
 * vocabulary the heuristic looks for ("ignore the instructions", "system prompt", "the assistant
 * must …") is usually quoted, defined or reported, so its score is discounted unless the document
 * also addresses its reader directly (a vocative or dedicated order, hidden text, data sent out, a
 * fake turn). English and Spanish; the topic groups were chosen by hand and checked on the odd
 * lines of the second blind set (attacks there name at most two groups, documents about AI three
 * or more).
 */
final class DiscourseTopic {
  private DiscourseTopic() {}

  /** Groups of topic words (folded text); a document about AI uses at least {@link #MIN_GROUPS}. */
  private static final List<Pattern> GROUPS =
      List.of(
          Pattern.compile("\\bprompts?\\b"),
          Pattern.compile("\\binject|\\binyecc|\\binyecta"),
          Pattern.compile("\\bjailbreak"),
          Pattern.compile("\\bllms?\\b|\\blanguage models?\\b|\\bmodelos? de lenguaje\\b"),
          Pattern.compile("\\bchatbots?\\b"),
          Pattern.compile("\\bred[- ]team"),
          Pattern.compile("\\bguardrails?\\b|\\bsalvaguardas?\\b"),
          Pattern.compile("\\battack|\\bataque|\\batacante"),
          // the words an injection uses to address its reader count once: "the AI assistant" is one group
          Pattern.compile("\\bai\\b|\\bia\\b|\\bartificial intelligence\\b|\\binteligencia artificial\\b"
              + "|\\bassistants?\\b|\\basistentes?\\b"),
          Pattern.compile("\\bmodels?\\b|\\bmodelos?\\b"),
          Pattern.compile("\\btraining data\\b|\\bdatos de entrenamiento\\b|\\bfine-tun"),
          Pattern.compile("\\bhallucinat|\\balucina"),
          Pattern.compile("\\brag\\b|\\bretriev|\\brecuperad"),
          Pattern.compile("\\bfilters?\\b|\\bfiltros?\\b"),
          Pattern.compile("\\bsecurity\\b|\\bseguridad\\b|\\bmalicious|\\bmalicios"),
          Pattern.compile("\\bfor example\\b|\\bfor instance\\b|\\bsuch as\\b|\\bpor ejemplo\\b|\\be\\.g\\."));
  static final int MIN_GROUPS = 3;
  /** The factor applied to the heuristic score of a document about AI that addresses no reader. */
  static final double DISCOUNT = 0.4;
  /** Hits that address the document's reader whatever the document is about. */
  static final Set<String> DIRECT =
      Set.of("ai-address", "hidden-instruction", "hidden-order", "exfiltration", "fake-turn");

  /** Whether the folded text uses at least {@link #MIN_GROUPS} groups of AI topic words. */
  static boolean aboutAi(String folded) {
    int n = 0;
    for (Pattern p : GROUPS) {
      if (p.matcher(folded).find() && ++n >= MIN_GROUPS) {
        return true;
      }
    }
    return false;
  }

  /** Whether a document's score with {@code hits} is discounted: it is about AI and addresses no reader. */
  static boolean discounts(String folded, List<String> hits) {
    return !hits.isEmpty() && hits.stream().noneMatch(DIRECT::contains) && aboutAi(folded);
  }
}
