package dev.versus.guard;

import java.util.Locale;

/** A deterministic bag-of-words embedder for fast tests (not a language model). */
final class HashingEmbedder implements TextEmbedder {
  private static final int DIM = 256;

  @Override
  public float[] embed(String text) {
    float[] v = new float[DIM];
    for (String word : TextNormalizer.fold(text).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        v[Math.floorMod(word.toLowerCase(Locale.ROOT).hashCode(), DIM)] += 1f;
      }
    }
    return v;
  }

  @Override
  public String name() {
    return "hashing-test";
  }
}
