package dev.versus.core;

import java.util.Objects;

/**
 * How a call ended. A call either completed with a finish reason, or failed with a {@link
 * ProviderError}; a failed call keeps what was received before the failure, so nothing measured
 * is lost.
 */
public sealed interface CallOutcome {

  /** The answer text received (possibly partial for a failure). */
  String content();

  /** The reasoning text received, empty when none. */
  String reasoning();

  /** Token usage as reported by the server, or {@link Usage#none()}. */
  Usage usage();

  /** The call finished normally. */
  record Completed(String content, String reasoning, FinishReason finishReason, Usage usage)
      implements CallOutcome {
    public Completed {
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(reasoning, "reasoning");
      Objects.requireNonNull(finishReason, "finishReason");
      Objects.requireNonNull(usage, "usage");
    }
  }

  /** The call failed; {@code content} holds what arrived before the failure. */
  record Failed(ProviderError error, String content, String reasoning, Usage usage)
      implements CallOutcome {
    public Failed {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(reasoning, "reasoning");
      Objects.requireNonNull(usage, "usage");
    }

    /** A failure before anything arrived. */
    public static Failed of(ProviderError error) {
      return new Failed(error, "", "", Usage.none());
    }
  }
}
