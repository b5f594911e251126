package dev.versus.guard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a dialogue transcript ("Agent: …", "Customer: …", "Usuario: …"): a document in
 * which at least two speaker labels each open two or more lines. A request in a turn is one
 * speaker asking another (a customer asking the agent, a user asking the chatbot in an exported
 * chat log); it belongs to the document's own dialogue, not to its reader.
 */
final class Transcript {
  private Transcript() {}

  private static final Pattern LINE = Pattern.compile("\\R");
  private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{L}][\\p{L}\\p{N} .'-]{0,24}):\\s+\\S");
  static final int MIN_LABELS = 2;
  static final int MIN_TURNS_PER_LABEL = 2;

  /** The lines of {@code text} that are turns of a transcript (empty when it is not one). */
  static Set<String> turns(String text) {
    Map<String, Integer> counts = new HashMap<>();
    String[] lines = LINE.split(text);
    for (String line : lines) {
      Matcher m = LABEL.matcher(line);
      if (m.find()) {
        counts.merge(m.group(1).strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    long speakers = counts.values().stream().filter(n -> n >= MIN_TURNS_PER_LABEL).count();
    Set<String> turns = new HashSet<>();
    if (speakers < MIN_LABELS) {
      return turns;
    }
    for (String line : lines) {
      Matcher m = LABEL.matcher(line);
      if (m.find() && counts.get(m.group(1).strip().toLowerCase(Locale.ROOT)) >= MIN_TURNS_PER_LABEL) {
        turns.add(line.strip());
      }
    }
    return turns;
  }
}
