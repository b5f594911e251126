package dev.versus.plan;

import java.util.Objects;

/**
 * One model of a plan.
 *
 * @param key the plan's name for it, used in claims ({@code flash})
 * @param provider which client talks to it
 * @param model the provider's model id, or the simulator profile for {@link ProviderKind#SIM}
 * @param baseUrl the API's base URL; empty for the in-process simulator
 * @param apiKey the secret, resolved from {@code ${VAR}}; empty when none is needed. Never log it.
 * @param pricing how it is paid for
 */
public record ModelSpec(
    String key, ProviderKind provider, String model, String baseUrl, String apiKey, Pricing pricing) {

  /** Where Gemini is served unless the plan says otherwise. */
  public static final String GEMINI_BASE_URL = "https://generativelanguage.googleapis.com";

  public ModelSpec {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(pricing, "pricing");
  }

  /** The command-line form: {@code openai:MODEL@BASE_URL}, {@code gemini:MODEL}, {@code sim:PROFILE}. */
  public String ref() {
    return switch (provider) {
      case OPENAI -> "openai:" + model + "@" + baseUrl;
      case GEMINI -> "gemini:" + model;
      case SIM -> "sim:" + model;
    };
  }

  /** Whether the plan gave a price, so its cost can be computed. */
  public boolean hasPrice() {
    return !(pricing instanceof Pricing.None);
  }

  @Override
  public String toString() {
    return "ModelSpec[" + key + " = " + ref() + (apiKey.isEmpty() ? "" : ", api-key set") + "]";
  }
}
