package dev.versus.core;

import java.util.Objects;

/**
 * One event of a streaming call, normalised across wire formats. A well-formed stream is zero or
 * more deltas, at most one {@link UsageReport}, then exactly one {@link Finish} or one {@link
 * Failure}. Consumers switch exhaustively over the permitted records.
 */
public sealed interface StreamEvent {

  /** Answer text; may hold several tokens (servers send multi-token chunks). */
  record ContentDelta(String text) implements StreamEvent {
    public ContentDelta {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Reasoning ("thinking") text, e.g. vLLM's {@code delta.reasoning_content}. */
  record ReasoningDelta(String text) implements StreamEvent {
    public ReasoningDelta {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Token usage reported by the server. */
  record UsageReport(Usage usage) implements StreamEvent {
    public UsageReport {
      Objects.requireNonNull(usage, "usage");
    }
  }

  /** Generation ended normally; {@code rawReason} is the provider's own value. */
  record Finish(FinishReason reason, String rawReason) implements StreamEvent {
    public Finish {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(rawReason, "rawReason");
    }
  }

  /** The stream failed: an error event from the server, a cut, a timeout or a cancellation. */
  record Failure(ProviderError error) implements StreamEvent {
    public Failure {
      Objects.requireNonNull(error, "error");
    }
  }
}
