package dev.versus.guard;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The distinct words of a text as the document classifier sees them: lower case, accents and
 * other combining marks removed (so "próximo" and "proximo" are one word), runs of letters or
 * digits. Words longer than {@link #MAX_LENGTH} (base64 blobs, hashes) are left out: no model
 * could have learnt them. The words of the placeholder domains the labelled sets were written
 * with ({@code example.com}, {@code .org}, {@code .net}) are left out too: in those sets they
 * told attacks from benign texts by where the writers chose to put them, which says nothing about
 * real documents.
 */
final class DocumentWords {
  static final int MAX_LENGTH = 32;
  private static final Set<String> PLACEHOLDERS = Set.of("example", "com", "org", "net");

  private DocumentWords() {}

  /** The distinct words of {@code text} in order of first appearance. */
  static Set<String> of(String text) {
    String folded = fold(text);
    Set<String> words = new LinkedHashSet<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); ) {
      int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(cp);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = folded.substring(start, i);
        if (word.length() <= MAX_LENGTH && !PLACEHOLDERS.contains(word)) {
          words.add(word);
        }
        start = -1;
      }
      i += Character.charCount(cp);
    }
    return words;
  }

  /** Lower case without combining marks; ASCII text skips the Unicode decomposition. */
  static String fold(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (isAscii(lower)) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
