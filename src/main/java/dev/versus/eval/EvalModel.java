package dev.versus.eval;

import dev.versus.provider.ChatProvider;
import java.util.Objects;

/**
 * A model under evaluation: its key (the reference as the user gave it, e.g. {@code
 * sim:llama-4-maverick}, which also keys the response cache) and its client.
 */
public record EvalModel(String key, ChatProvider provider) {
  public EvalModel {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(provider, "provider");
    if (key.isBlank()) {
      throw new IllegalArgumentException("model key must not be blank");
    }
  }
}
