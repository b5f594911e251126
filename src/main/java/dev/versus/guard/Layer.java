package dev.versus.guard;

import java.util.Locale;

/** The screening layers of the guard (the similarity layer, the slow one, runs after the others). */
public enum Layer {
  /** Regex allow / deny rules from the configuration; deny wins. */
  RULES,
  /** Weighted heuristic features of injection phrasings, Spanish and English. */
  HEURISTIC,
  /** Cosine similarity to a corpus of known attack phrasings. */
  SIMILARITY,
  /**
   * Documents only: a request sentence that reads as a task for an AI assistant and is unrelated
   * to the rest of the document (sentence embeddings and a small logistic model).
   */
  DIRECTIVE,
  /**
   * Documents only: a logistic model over the document's words, trained on labelled documents
   * (see {@code DocumentClassifier}); below its veto it also overrules the heuristic, similarity
   * and directive layers.
   */
  CLASSIFIER,
  /** Invisible characters, bidi overrides, tag characters and encoded payloads. */
  INVISIBLE,
  /** Leak of a canary token placed in a system prompt. */
  CANARY,
  /** Secrets and personal data found (and replaced) in the text. */
  REDACTION;

  /** The name used in configuration and reports, e.g. {@code heuristic}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a configuration name such as {@code similarity}. */
  public static Layer fromId(String id) {
    for (Layer layer : values()) {
      if (layer.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return layer;
      }
    }
    throw new IllegalArgumentException(
        "unknown guard layer '" + id + "', expected one of rules, heuristic, similarity,"
            + " directive, classifier, invisible, canary, redaction");
  }
}
