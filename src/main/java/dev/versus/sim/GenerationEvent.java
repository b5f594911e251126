package dev.versus.sim;

import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.util.Objects;

/**
 * What a {@link Generation} produces next. A generation yields {@link Tokens} until exactly one
 * {@link Done}, {@link Failed} or {@link Cut}.
 */
public sealed interface GenerationEvent {

  /**
   * One decode step's output for this sequence: one token or a chunk of several.
   *
   * @param content answer text, possibly empty
   * @param reasoning thinking text, possibly empty (Gemini thoughts, vLLM reasoning_content)
   * @param tokens how many tokens this chunk holds
   */
  record Tokens(String content, String reasoning, int tokens) implements GenerationEvent {
    public Tokens {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(reasoning, "reasoning");
      if (tokens < 1) {
        throw new IllegalArgumentException("a chunk holds at least one token");
      }
    }
  }

  /** Generation ended; {@code usage} is exact (server-reported). */
  record Done(FinishReason reason, Usage usage) implements GenerationEvent {
    public Done {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(usage, "usage");
    }
  }

  /** The generation failed after it started (e.g. the crash threshold was crossed). */
  record Failed(SimFault fault) implements GenerationEvent {
    public Failed {
      Objects.requireNonNull(fault, "fault");
    }
  }

  /** Fault injection: the server must close the connection now, without a terminal event. */
  record Cut() implements GenerationEvent {}
}
