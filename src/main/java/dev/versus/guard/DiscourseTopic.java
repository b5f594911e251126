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

  /** A group of topic words: literals that any match contains (a cheap test first), then the pattern. */
  private record Group(List<String> literals, Pattern pattern) {
    Group {
      literals = List.copyOf(literals);
    }

    boolean in(String folded) {
      for (String literal : literals) {
        if (folded.contains(literal)) {
          return pattern.matcher(folded).find();
        }
      }
      return false;
    }
  }

  private static Group group(String literals, String regex) {
    return new Group(List.of(literals.split(",")), Pattern.compile(regex));
  }

  /** Groups of topic words (folded text); a document about AI uses at least {@link #MIN_GROUPS}. */
  private static final List<Group> GROUPS =
      List.of(
          group("prompt", "\\bprompts?\\b"),
          group("inject,inyec", "\\binject|\\binyecc|\\binyecta"),
          group("jailbreak", "\\bjailbreak"),
          group("llm,language model,modelo de lenguaje,modelos de lenguaje",
              "\\bllms?\\b|\\blanguage models?\\b|\\bmodelos? de lenguaje\\b"),
          group("chatbot", "\\bchatbots?\\b"),
          group("red", "\\bred[- ]team"),
          group("guardrail,salvaguarda", "\\bguardrails?\\b|\\bsalvaguardas?\\b"),
          group("attack,ataque,atacante", "\\battack|\\bataque|\\batacante"),
          // the words an injection uses to address its reader count once: "the AI assistant" is one group
          group("ai,ia,artificial,assistant,asistente",
              "\\bai\\b|\\bia\\b|\\bartificial intelligence\\b|\\binteligencia artificial\\b"
                  + "|\\bassistants?\\b|\\basistentes?\\b"),
          group("model", "\\bmodels?\\b|\\bmodelos?\\b"),
          group("training data,entrenamiento,fine-tun", "\\btraining data\\b|\\bdatos de entrenamiento\\b|\\bfine-tun"),
          group("halluc,alucina", "\\bhallucinat|\\balucina"),
          group("rag,retriev,recuperad", "\\brag\\b|\\bretriev|\\brecuperad"),
          group("filt", "\\bfilters?\\b|\\bfiltros?\\b"),
          group("security,seguridad,malicio", "\\bsecurity\\b|\\bseguridad\\b|\\bmalicious|\\bmalicios"),
          group("example,instance,such as,ejemplo,e.g.",
              "\\bfor example\\b|\\bfor instance\\b|\\bsuch as\\b|\\bpor ejemplo\\b|\\be\\.g\\."));
  static final int MIN_GROUPS = 3;
  /** The factor applied to the heuristic score of a document about AI that addresses no reader. */
  static final double DISCOUNT = 0.4;
  /** Hits that address the document's reader whatever the document is about. */
  static final Set<String> DIRECT =
      Set.of("ai-address", "hidden-instruction", "hidden-order", "exfiltration", "fake-turn");

  /** Whether the folded text uses at least {@link #MIN_GROUPS} groups of AI topic words. */
  static boolean aboutAi(String folded) {
    int n = 0;
    for (Group g : GROUPS) {
      if (g.in(folded) && ++n >= MIN_GROUPS) {
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
