package dev.versus.load;

import dev.versus.provider.ChatProvider;
import java.util.Objects;

/**
 * A model under test: the key it has in the plan ({@code flash}) and its client.
 *
 * @param modelKey the name in records and reports
 * @param provider the client; the driver does not close it
 * @param delivery streamed (the default) or whole responses
 */
public record Target(String modelKey, ChatProvider provider, Delivery delivery) {
  public Target {
    Objects.requireNonNull(modelKey, "modelKey");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(delivery, "delivery");
    if (modelKey.isBlank()) {
      throw new IllegalArgumentException("modelKey must not be blank");
    }
  }

  /** A target whose answers are streamed. */
  public Target(String modelKey, ChatProvider provider) {
    this(modelKey, provider, Delivery.STREAMED);
  }
}
