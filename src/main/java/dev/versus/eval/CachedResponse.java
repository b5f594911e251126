package dev.versus.eval;

import dev.versus.core.Usage;
import java.util.Objects;

/**
 * A model's answer as kept by the {@link ResponseCache}: its text and token usage, never its
 * latency (a cached answer has none).
 */
public record CachedResponse(String content, String reasoning, Usage usage) {
  public CachedResponse {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(usage, "usage");
  }
}
