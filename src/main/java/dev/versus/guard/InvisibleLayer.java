package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Invisible and deceptive characters (zero-width, bidi overrides, Unicode tag characters used to
 * smuggle ASCII) and encoded blobs that decode to instructions.
 */
final class InvisibleLayer {
  private static final double ZERO_WIDTH_FEW = 0.3;
  private static final double ZERO_WIDTH_MANY = 0.6;
  private static final double BIDI = 0.7;
  private static final double TAGS = 0.9;
  private static final double READABLE_BLOB = 0.3;
  private static final int MANY = 5;

  private final InjectionHeuristics heuristics;

  InvisibleLayer(InjectionHeuristics heuristics) {
    this.heuristics = heuristics;
  }

  LayerScore score(String text) {
    int zeroWidth = 0;
    int bidi = 0;
    StringBuilder tags = new StringBuilder();
    int previous = 0;
    boolean inFlag = false; // black flag + tag letters is a legitimate subdivision flag emoji
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isTag(c)) {
        if (!inFlag) {
          tags.appendCodePoint(c >= 0xE0020 && c <= 0xE007E ? c - 0xE0000 : '?');
        }
      } else {
        inFlag = c == 0x1F3F4;
        if (isZeroWidth(c) && !(c == 0x200D && isEmojiNeighbour(text, i, previous))) {
          zeroWidth++;
        } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
          bidi++;
        }
      }
      previous = c;
      i += Character.charCount(c);
    }
    double score = 0;
    List<String> reasons = new ArrayList<>();
    if (zeroWidth > 0) {
      score = Math.max(score, zeroWidth >= MANY ? ZERO_WIDTH_MANY : ZERO_WIDTH_FEW);
      reasons.add("zero-width x" + zeroWidth);
    }
    if (bidi > 0) {
      score = Math.max(score, BIDI);
      reasons.add("bidi-override x" + bidi);
    }
    if (!tags.isEmpty()) {
      score = Math.max(score, TAGS);
      reasons.add("tag-characters \"" + abbreviate(tags.toString()) + "\"");
    }
    for (String decoded : EncodedText.decodedBlobs(text)) {
      LayerScore inner = heuristics.score(decoded);
      score = Math.max(score, Math.max(READABLE_BLOB, inner.score()));
      reasons.add(
          inner.score() > 0
              ? String.format(Locale.ROOT, "encoded instructions (%s)", inner.reason())
              : "encoded text \"" + abbreviate(decoded) + "\"");
    }
    return score == 0
        ? LayerScore.clean(Layer.INVISIBLE)
        : new LayerScore(Layer.INVISIBLE, score, String.join(", ", reasons));
  }

  /** Removes the characters this layer reports (kept: emoji joiners and flag tags are rare). */
  static String strip(String text) {
    return text.replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]|[\\x{E0000}-\\x{E007F}]", "");
  }

  private static boolean isZeroWidth(int c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
  }

  private static boolean isTag(int c) {
    return c >= 0xE0000 && c <= 0xE007F;
  }

  private static boolean isEmojiNeighbour(String text, int index, int previous) {
    int nextIndex = index + 1;
    int next = nextIndex < text.length() ? text.codePointAt(nextIndex) : 0;
    return isEmoji(previous) || isEmoji(next);
  }

  private static boolean isEmoji(int c) {
    return c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F;
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
