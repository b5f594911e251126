package dev.versus.eval;

/**
 * Turns text into a fixed-length vector for the {@code similar} scorer. The real in-process model
 * lives in the guard package and is plugged in with {@link Scorers#withEmbedder}. Thread-safe.
 */
@FunctionalInterface
public interface TextEmbedder {
  /** The embedding of {@code text}; every call returns vectors of the same length. */
  float[] embed(String text);
}
