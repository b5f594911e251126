package dev.versus.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach one model endpoint. {@code toString()} never shows the API key.
 *
 * <p>Timeouts: {@code connectTimeout} bounds the TCP (and TLS) handshake; {@code readTimeout} is
 * the longest silence allowed between two received bytes, counted from the send until the headers
 * and then between body reads (a non-streaming call is silent while the server generates, so there
 * it bounds the whole generation); {@code totalTimeout} bounds the whole exchange, body included.
 *
 * @param baseUri the API root, e.g. {@code http://127.0.0.1:8000/v1} or {@code
 *     https://generativelanguage.googleapis.com}; a trailing slash is removed
 * @param apiKey the secret, empty when the endpoint needs none
 * @param model the model name sent on the wire
 * @param headers extra request headers (e.g. an organisation id)
 */
public record ProviderConfig(
    URI baseUri,
    String apiKey,
    String model,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    Map<String, String> headers) {

  /** Default connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default longest silence between bytes: 120 s (long prompts can take that long to prefill). */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

  /** Default bound on a whole call: 10 min. */
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(10);

  public ProviderConfig {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(model, "model");
    headers = Map.copyOf(headers);
    if (model.isBlank()) {
      throw new IllegalArgumentException("model must not be blank");
    }
    String scheme = baseUri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme) || baseUri.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUri must be an absolute http:// or https:// URL with a host, got '" + baseUri + "'");
    }
    String text = baseUri.toString();
    if (text.endsWith("/")) {
      baseUri = URI.create(text.substring(0, text.length() - 1));
    }
    requirePositive("connectTimeout", connectTimeout);
    requirePositive("readTimeout", readTimeout);
    requirePositive("totalTimeout", totalTimeout);
  }

  /** A config with default timeouts and no extra headers. */
  public static ProviderConfig of(URI baseUri, String apiKey, String model) {
    return new ProviderConfig(
        baseUri,
        apiKey,
        model,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT,
        DEFAULT_TOTAL_TIMEOUT,
        Map.of());
  }

  public ProviderConfig withTimeouts(Duration connect, Duration read, Duration total) {
    return new ProviderConfig(baseUri, apiKey, model, connect, read, total, headers);
  }

  public ProviderConfig withHeaders(Map<String, String> value) {
    return new ProviderConfig(
        baseUri, apiKey, model, connectTimeout, readTimeout, totalTimeout, value);
  }

  /** The base URI followed by {@code path}, which starts with a slash. */
  public URI resolve(String path) {
    return URI.create(baseUri + path);
  }

  /** The base URI without user info or query, safe to print in labels and logs. */
  public String displayBase() {
    URI uri = baseUri;
    StringBuilder text = new StringBuilder(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() >= 0) {
      text.append(':').append(uri.getPort());
    }
    return text.append(uri.getRawPath() == null ? "" : uri.getRawPath()).toString();
  }

  @Override
  public String toString() {
    return "ProviderConfig[baseUri=" + displayBase() + ", apiKey=" + (apiKey.isEmpty() ? "none" : "***")
        + ", model=" + model + ", connectTimeout=" + connectTimeout + ", readTimeout="
        + readTimeout + ", totalTimeout=" + totalTimeout + ", headers=" + headers.keySet() + "]";
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
