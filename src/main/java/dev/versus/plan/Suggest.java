package dev.versus.plan;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for misspelt names: the closest candidate within a small edit distance. */
final class Suggest {
  private Suggest() {}

  /** {@code " (did you mean X?)"}, or empty when nothing is close. */
  static String hint(String written, Collection<String> candidates) {
    return closest(written, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
  }

  static Optional<String> closest(String written, Collection<String> candidates) {
    int limit = written.length() <= 3 ? 1 : written.length() <= 8 ? 2 : 3;
    return candidates.stream()
        .filter(c -> distance(written, c) <= limit)
        .min(Comparator.comparingInt((String c) -> distance(written, c)).thenComparing(c -> c));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
