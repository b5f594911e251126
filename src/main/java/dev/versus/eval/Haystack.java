package dev.versus.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A filler document of a target length (cl100k_base tokens) with one needle sentence at a depth.
 *
 * <p>Pieces are sentences, each stored with its leading separator (a space, or a blank line every
 * few sentences) so that the token count of the text is the sum of the pieces' counts up to the
 * rare merge across a boundary; tests check the real count stays within 2% of the target.
 *
 * @param pieces the sentences in order, the first without a separator
 * @param pieceTokens tokens of each piece, same order
 * @param needleIndex index of the needle in {@code pieces}
 */
record Haystack(List<String> pieces, List<Integer> pieceTokens, int needleIndex) {

  private static final int SENTENCES_PER_PARAGRAPH = 6;

  Haystack {
    pieces = List.copyOf(pieces);
    pieceTokens = List.copyOf(pieceTokens);
    if (pieces.size() != pieceTokens.size() || needleIndex < 0 || needleIndex >= pieces.size()) {
      throw new IllegalArgumentException("inconsistent haystack");
    }
  }

  /** Builds a haystack of about {@code targetTokens} with the needle after {@code depthPercent}% of the filler. */
  static Haystack build(FillerText filler, int targetTokens, int depthPercent, String needle) {
    if (depthPercent < 0 || depthPercent > 100) {
      throw new IllegalArgumentException("depthPercent must be 0..100, got " + depthPercent);
    }
    int needleTokens = Cl100kTokens.count(" " + needle);
    if (targetTokens <= needleTokens * 4) {
      throw new IllegalArgumentException("targetTokens " + targetTokens + " is too small for a haystack");
    }
    List<String> sentences = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    int fillerTarget = targetTokens - needleTokens;
    int total = 0;
    // long sentences up to the target, then short ones to land within a few tokens of it
    for (boolean shortSentences : new boolean[] {false, true}) {
      while (true) {
        boolean paragraph = sentences.size() % SENTENCES_PER_PARAGRAPH == 0;
        String sentence = shortSentences ? filler.nextShortSentence() : filler.nextSentence();
        String piece = (paragraph ? "\n\n" : " ") + sentence;
        // ".\n\n" is one token in cl100k_base: count the break together with the previous full stop
        int tokens = paragraph ? Cl100kTokens.count("." + piece) - 1 : Cl100kTokens.count(piece);
        if (total + (shortSentences ? tokens / 2 : tokens) > fillerTarget) {
          break;
        }
        sentences.add(piece);
        counts.add(tokens);
        total += tokens;
      }
    }
    int insertAt = sentences.size();
    long before = 0;
    long wanted = (long) total * depthPercent / 100;
    for (int i = 0; i < sentences.size(); i++) {
      if (before + counts.get(i) / 2 >= wanted) {
        insertAt = i;
        break;
      }
      before += counts.get(i);
    }
    sentences.add(insertAt, " " + needle);
    counts.add(insertAt, needleTokens);
    String first = sentences.getFirst().strip();
    sentences.set(0, first);
    counts.set(0, Cl100kTokens.count(first));
    return new Haystack(sentences, counts, insertAt);
  }

  String text() {
    return String.join("", pieces);
  }

  /** Estimated tokens of the whole text (sum of the pieces). */
  int tokens() {
    return pieceTokens.stream().mapToInt(Integer::intValue).sum();
  }

  /** Splits the text at sentence boundaries into chunks of at most {@code chunkTokens} (estimated). */
  List<String> chunks(int chunkTokens) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int size = 0;
    for (int i = 0; i < pieces.size(); i++) {
      if (size > 0 && size + pieceTokens.get(i) > chunkTokens) {
        chunks.add(current.toString().strip());
        current.setLength(0);
        size = 0;
      }
      current.append(pieces.get(i));
      size += pieceTokens.get(i);
    }
    chunks.add(current.toString().strip());
    return List.copyOf(chunks);
  }
}
