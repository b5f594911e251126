package dev.versus.guard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text into a sentence-embedding vector; shared by the guard's similarity layer and the
 * eval's similarity scorer. Implementations load their model lazily, once, and are thread-safe.
 */
public interface TextEmbedder {

  /** The embedding of one text (model-specific dimension, L2-normalised by the model). */
  float[] embed(String text);

  /** Embeddings of several texts, in order; implementations may batch or parallelise. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(embed(text));
    }
    return out;
  }

  /** A short name for reports, e.g. {@code all-minilm-l6-v2}. */
  String name();

  /** Cosine similarity in [-1, 1]; 0 when either vector is all zeros. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors differ in dimension: " + a.length + " vs " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0.0 : dot / Math.sqrt(na * nb);
  }

  /** LangChain4j's packaged all-MiniLM-L6-v2, loaded on first use, one instance per JVM. */
  static TextEmbedder packaged() {
    return LangChainEmbedder.PACKAGED;
  }

  /**
   * A user-supplied ONNX model and HuggingFace tokenizer.json (mean pooling), loaded lazily; the
   * same files give the same instance.
   */
  static TextEmbedder onnx(Path model, Path tokenizer) {
    return LangChainEmbedder.onnxFiles(model, tokenizer);
  }

  /** The embedder a spec names. */
  static TextEmbedder of(EmbeddingModelSpec spec) {
    return switch (spec) {
      case EmbeddingModelSpec.Packaged p -> packaged();
      case EmbeddingModelSpec.OnnxFiles f -> onnx(f.model(), f.tokenizer());
    };
  }
}
