package dev.versus.sim;

/**
 * One accepted request inside the engine. The HTTP layer calls {@link #next()} from the request's
 * (virtual) thread until a terminal event, and calls {@link #cancel()} when the client disconnects,
 * which frees the sequence's batch slot and KV cache at once and is counted in the metrics.
 */
public interface Generation extends AutoCloseable {

  /** Exact prompt tokens, as counted by the simulator's tokenizer. */
  int promptTokens();

  /**
   * Blocks until the next event is due (the engine's step clock) and returns it. After a terminal
   * event it keeps returning that event.
   */
  GenerationEvent next() throws InterruptedException;

  /** The client went away: stop generating and release resources. Idempotent. */
  void cancel();

  /** Releases resources; cancels if no terminal event was read yet. */
  @Override
  void close();
}
