package dev.versus.sim;

import dev.versus.core.Message;
import java.util.List;

/** One simulated model: a profile running in its own engine. Thread-safe. */
public interface SimModel extends AutoCloseable {

  /** The canonical model name, e.g. {@code llama-4-maverick}. */
  String name();

  /** Every name the model answers to (the canonical one first), e.g. a vendor's long id. */
  List<String> servedNames();

  /** How OpenAI-format errors are worded for this model. */
  ErrorStyle errorStyle();

  /** Admits, queues or refuses a request. Never blocks on the batch. */
  Admission submit(GenerationRequest request);

  /** Exact prompt tokens for these messages (Gemini's countTokens). */
  int countTokens(List<Message> messages);

  /** The current state, for {@code /metrics}. */
  SimStats stats();

  /** Stops the engine; running generations end with a fault. */
  @Override
  void close();
}
