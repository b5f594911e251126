package dev.versus.guard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much of a sentence's vocabulary the rest of its document shares: the fraction of the
 * sentence's content words (letters only, four or more, not a common English or Spanish function
 * word) whose first five letters begin a content word elsewhere in the document. A request that
 * belongs to an e-mail names what the e-mail is about ("please sign the lease" in a letter about
 * the lease); a task slipped into it does not. It reads any language written in letters, which the
 * English sentence embedding behind {@link DirectiveLayer}'s other relatedness measure does not.
 * Built once per document, then asked about each of its candidate sentences.
 */
final class WordOverlap {
  private static final int MIN_LETTERS = 4;
  private static final int STEM = 5;
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "about", "also", "been", "being", "could", "does", "each", "from", "have", "here", "into", "just", "like",
          "made", "make", "more", "most", "only", "other", "over", "please", "should", "some", "such", "than", "that",
          "their", "them", "then", "there", "these", "they", "this", "those", "under", "used", "very", "were", "what",
          "when", "where", "which", "whom", "will", "with", "would", "your",
          "como", "cual", "cuando", "donde", "entre", "esta", "estar", "estas", "este", "estos", "hacer", "hemos",
          "otra", "otras", "otro", "otros", "para", "pero", "porque", "puede", "pueden", "quien", "sobre", "tambien",
          "toda", "todas", "todo", "todos");

  private final String document;
  private final Map<String, Integer> stems;

  private WordOverlap(String document) {
    this.document = document;
    this.stems = stemCounts(contentWords(document));
  }

  /** The document's content words, counted by stem. */
  static WordOverlap of(String document) {
    return new WordOverlap(document);
  }

  /**
   * The share of {@code sentence}'s content words found in the document outside every occurrence
   * of the sentence; 1 when the sentence has no content word (nothing to judge it by).
   */
  double share(String sentence) {
    List<String> words = contentWords(sentence);
    if (words.isEmpty()) {
      return 1.0;
    }
    // the sentence's own words, as many times as it occurs, are not "elsewhere"
    int occurrences = occurrences(sentence);
    Map<String, Integer> own = stemCounts(words);
    long shared =
        words.stream().filter(w -> stems.getOrDefault(stem(w), 0) > occurrences * own.get(stem(w))).count();
    return (double) shared / words.size();
  }

  static List<String> contentWords(String text) {
    return NON_LETTERS.splitAsStream(TextNormalizer.fold(text))
        .filter(w -> w.length() >= MIN_LETTERS && !FUNCTION_WORDS.contains(w))
        .toList();
  }

  private int occurrences(String sentence) {
    int n = 0;
    for (int at = document.indexOf(sentence); at >= 0; at = document.indexOf(sentence, at + sentence.length())) {
      n++;
    }
    return n;
  }

  private static Map<String, Integer> stemCounts(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : words) {
      counts.merge(stem(w), 1, Integer::sum);
    }
    return counts;
  }

  private static String stem(String word) {
    return word.length() <= STEM ? word : word.substring(0, STEM);
  }
}
