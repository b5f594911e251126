package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Highest cosine similarity between any sentence of a text and any phrasing of the attack
 * corpus. Long texts are cut into sentences; at most {@link #MAX_CHUNKS} are embedded (the first
 * and last halves, where injected instructions usually sit).
 */
final class SimilarityLayer {
  static final int MAX_CHUNKS = 16;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+|\\|");
  private static final int MIN_WORDS = 4;
  private static final int MAX_CHARS = 400;

  private final TextEmbedder embedder;
  private final List<String> corpus;
  private volatile List<float[]> corpusVectors;

  SimilarityLayer(TextEmbedder embedder, List<String> corpus) {
    this.embedder = embedder;
    this.corpus = List.copyOf(corpus);
  }

  LayerScore score(String text) {
    List<String> chunks = chunks(text);
    if (chunks.isEmpty()) {
      return LayerScore.clean(Layer.SIMILARITY);
    }
    List<float[]> attacks = corpusVectors();
    List<float[]> vectors = embedder.embedAll(chunks);
    double best = 0;
    int bestAttack = -1;
    for (float[] v : vectors) {
      for (int i = 0; i < attacks.size(); i++) {
        double cos = TextEmbedder.cosine(v, attacks.get(i));
        if (cos > best) {
          best = cos;
          bestAttack = i;
        }
      }
    }
    double score = Math.min(1.0, Math.max(0.0, best));
    return bestAttack < 0
        ? LayerScore.clean(Layer.SIMILARITY)
        : new LayerScore(
            Layer.SIMILARITY,
            score,
            String.format(Locale.ROOT, "cos %.2f to \"%s\"", best, corpus.get(bestAttack)));
  }

  private List<float[]> corpusVectors() {
    List<float[]> vectors = corpusVectors;
    if (vectors == null) {
      synchronized (this) {
        if (corpusVectors == null) {
          corpusVectors = List.copyOf(embedder.embedAll(corpus));
        }
        vectors = corpusVectors;
      }
    }
    return vectors;
  }

  /** Sentences of at least {@link #MIN_WORDS} words (short ones merged forward), capped. */
  static List<String> chunks(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String part : SENTENCE_END.split(text)) {
      String s = part.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (!pending.isEmpty()) {
        pending.append(' ');
      }
      pending.append(s);
      if (pending.toString().split("\\s+").length >= MIN_WORDS) {
        out.add(cut(pending.toString()));
        pending.setLength(0);
      }
    }
    if (!pending.isEmpty()) {
      out.add(cut(pending.toString()));
    }
    if (out.size() <= MAX_CHUNKS) {
      return out;
    }
    List<String> capped = new ArrayList<>(out.subList(0, MAX_CHUNKS / 2));
    capped.addAll(out.subList(out.size() - MAX_CHUNKS / 2, out.size()));
    return capped;
  }

  private static String cut(String s) {
    return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS);
  }
}
