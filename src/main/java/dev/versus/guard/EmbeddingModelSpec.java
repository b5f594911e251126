package dev.versus.guard;

import java.nio.file.Path;
import java.util.Objects;

/** Which embedding model the similarity layer (and the eval's similarity scorer) uses. */
public sealed interface EmbeddingModelSpec {

  /** LangChain4j's packaged all-MiniLM-L6-v2 (384 dimensions, English-centric). */
  record Packaged() implements EmbeddingModelSpec {}

  /**
   * A user-supplied ONNX sentence-embedding model with its HuggingFace {@code tokenizer.json}
   * (mean pooling), e.g. a multilingual model for Spanish.
   */
  record OnnxFiles(Path model, Path tokenizer) implements EmbeddingModelSpec {
    public OnnxFiles {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(tokenizer, "tokenizer");
    }
  }
}
