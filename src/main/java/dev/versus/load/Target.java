package dev.versus.load;

import dev.versus.provider.ChatProvider;
import java.util.Objects;

/**
 * A model under test: the key it has in the plan ({@code flash}) and its client.
 *
 * @param modelKey the name in records and reports
 * @param provider the client; the driver does not close it
 */
public record Target(String modelKey, ChatProvider provider) {
  public Target {
    Objects.requireNonNull(modelKey, "modelKey");
    Objects.requireNonNull(provider, "provider");
    if (modelKey.isBlank()) {
      throw new IllegalArgumentException("modelKey must not be blank");
    }
  }
}
