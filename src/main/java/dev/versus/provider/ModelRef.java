package dev.versus.provider;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed short model reference (DESIGN §1): {@code openai:MODEL@BASE_URL}, {@code gemini:MODEL},
 * {@code gemini:MODEL@BASE_URL}, {@code sim:PROFILE}.
 *
 * @param scheme the provider name before the first colon, lower case (e.g. {@code openai})
 * @param model the model name, or for {@code sim} the profile name
 * @param baseUrl the URL after the {@code @}, empty when none was given
 */
public record ModelRef(String scheme, String model, String baseUrl) {
  public ModelRef {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (scheme.isBlank() || model.isBlank()) {
      throw new IllegalArgumentException("scheme and model must not be blank");
    }
  }

  /**
   * Parses {@code SCHEME:MODEL[@BASE_URL]}. The base URL starts at the last {@code @} that is
   * followed by {@code http://} or {@code https://}, so model names may themselves contain
   * {@code @} or {@code :} (e.g. Ollama's {@code llama3:8b}).
   *
   * @throws ProviderException naming the expected form when {@code text} does not fit it
   */
  public static ModelRef parse(String text) {
    Objects.requireNonNull(text, "text");
    String ref = text.strip();
    int colon = ref.indexOf(':');
    if (colon <= 0) {
      throw new ProviderException("bad model reference '" + text
          + "': expected PROVIDER:MODEL, e.g. openai:MODEL@http://host:8000/v1, gemini:MODEL"
          + " or sim:PROFILE");
    }
    String scheme = ref.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = ref.substring(colon + 1);
    int at = Math.max(rest.lastIndexOf("@http://"), rest.lastIndexOf("@https://"));
    String model = at < 0 ? rest : rest.substring(0, at);
    String baseUrl = at < 0 ? "" : rest.substring(at + 1);
    if (model.isBlank()) {
      throw new ProviderException("bad model reference '" + text + "': the model name after '"
          + scheme + ":' is empty");
    }
    return new ModelRef(scheme, model, baseUrl);
  }

  /** The base URL, when one was given. */
  public Optional<String> base() {
    return baseUrl.isEmpty() ? Optional.empty() : Optional.of(baseUrl);
  }

  @Override
  public String toString() {
    return scheme + ":" + model + (baseUrl.isEmpty() ? "" : "@" + baseUrl);
  }
}
