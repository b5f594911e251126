package dev.versus.guard;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A {@link TextEmbedder} over a LangChain4j in-process ONNX model, loaded on first use. */
final class LangChainEmbedder implements TextEmbedder {
  static final LangChainEmbedder PACKAGED =
      new LangChainEmbedder("all-minilm-l6-v2", AllMiniLmL6V2EmbeddingModel::new);

  private final String name;
  private final Supplier<EmbeddingModel> loader;
  private volatile EmbeddingModel model;

  private LangChainEmbedder(String name, Supplier<EmbeddingModel> loader) {
    this.name = name;
    this.loader = loader;
  }

  private static final Map<List<Path>, LangChainEmbedder> BY_FILES = new ConcurrentHashMap<>();

  /** One embedder per (model, tokenizer) pair, so that the guard and the eval share a model. */
  static LangChainEmbedder onnxFiles(Path model, Path tokenizer) {
    List<Path> key = List.of(model.toAbsolutePath().normalize(), tokenizer.toAbsolutePath().normalize());
    return BY_FILES.computeIfAbsent(key, k -> load(k.get(0), k.get(1)));
  }

  private static LangChainEmbedder load(Path model, Path tokenizer) {
    return new LangChainEmbedder(
        model.getFileName().toString(),
        () -> {
          for (Path file : List.of(model, tokenizer)) {
            if (!Files.isRegularFile(file)) {
              throw new GuardException("embedding model file not found: " + file);
            }
          }
          return new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
        });
  }

  @Override
  public float[] embed(String text) {
    return model().embed(text).content().vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    return model().embedAll(segments).content().stream().map(Embedding::vector).toList();
  }

  @Override
  public String name() {
    return name;
  }

  private EmbeddingModel model() {
    EmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        loaded = model;
        if (loaded == null) {
          try {
            loaded = loader.get();
          } catch (RuntimeException | LinkageError e) {
            throw new GuardException("cannot load embedding model " + name + ": " + e.getMessage(), e);
          }
          model = loaded;
        }
      }
    }
    return loaded;
  }
}
