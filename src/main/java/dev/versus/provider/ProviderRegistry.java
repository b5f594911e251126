package dev.versus.provider;

import dev.versus.provider.gemini.GeminiClient;
import dev.versus.provider.openai.OpenAiClient;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Turns model references into clients. {@code openai} and {@code gemini} are built in; other
 * schemes (the simulator's {@code sim}) register a factory by name, so this package does not
 * depend on them. Thread-safe.
 *
 * <p>Secrets come from the injected environment: {@code gemini:MODEL} needs {@code
 * GEMINI_API_KEY}; {@code openai:} sends {@code OPENAI_API_KEY} when it is set, to whatever base
 * URL the reference names (the OpenAI SDK convention), so unset it for untrusted hosts.
 */
public final class ProviderRegistry {
  /** The environment variable holding the Gemini API key. */
  public static final String GEMINI_KEY_VARIABLE = "GEMINI_API_KEY";

  /** The environment variable holding an OpenAI-compatible API key, optional. */
  public static final String OPENAI_KEY_VARIABLE = "OPENAI_API_KEY";

  private final Map<String, ProviderFactory> factories = new ConcurrentHashMap<>();
  private final Function<String, String> env;
  private final UnaryOperator<ProviderConfig> configurer;

  private ProviderRegistry(Function<String, String> env, UnaryOperator<ProviderConfig> configurer) {
    this.env = env;
    this.configurer = configurer;
  }

  /** A registry with the built-in schemes, reading secrets from {@code env}. */
  public static ProviderRegistry create(Function<String, String> env) {
    return create(env, UnaryOperator.identity());
  }

  /**
   * A registry whose built-in clients get their config through {@code configurer} (e.g. {@code c
   * -> c.withTimeouts(...)} for command-line timeouts).
   */
  public static ProviderRegistry create(
      Function<String, String> env, UnaryOperator<ProviderConfig> configurer) {
    ProviderRegistry registry = new ProviderRegistry(
        Objects.requireNonNull(env, "env"), Objects.requireNonNull(configurer, "configurer"));
    registry.register("openai", registry::openAi);
    registry.register("gemini", registry::gemini);
    return registry;
  }

  /** A registry reading secrets from the process environment. */
  public static ProviderRegistry withSystemEnv() {
    return create(System::getenv);
  }

  /** Registers (or replaces) the factory for {@code scheme}. */
  public void register(String scheme, ProviderFactory factory) {
    Objects.requireNonNull(factory, "factory");
    String key = scheme.toLowerCase(Locale.ROOT);
    if (key.isBlank() || key.contains(":")) {
      throw new IllegalArgumentException("a scheme is a non-blank name without ':', got '"
          + scheme + "'");
    }
    factories.put(key, factory);
  }

  /** The registered schemes, sorted. */
  public Set<String> schemes() {
    return new TreeSet<>(factories.keySet());
  }

  /**
   * Creates a client for {@code reference}.
   *
   * @throws ProviderException naming the expected form or the missing setting
   */
  public ChatProvider create(String reference) {
    return create(ModelRef.parse(reference));
  }

  /** Creates a client for a parsed reference. */
  public ChatProvider create(ModelRef ref) {
    ProviderFactory factory = factories.get(ref.scheme());
    if (factory == null) {
      throw new ProviderException("unknown provider '" + ref.scheme() + "' in model reference '"
          + ref + "': expected one of " + String.join(", ", schemes()));
    }
    return factory.create(ref, env);
  }

  private ChatProvider openAi(ModelRef ref, Function<String, String> env) {
    if (ref.baseUrl().isEmpty()) {
      throw new ProviderException("model reference '" + ref + "' has no base URL: expected "
          + "openai:MODEL@BASE_URL, e.g. openai:" + ref.model() + "@http://127.0.0.1:8000/v1");
    }
    String key = orEmpty(env.apply(OPENAI_KEY_VARIABLE));
    return OpenAiClient.create(configurer.apply(ProviderConfig.of(uri(ref), key, ref.model())));
  }

  private ChatProvider gemini(ModelRef ref, Function<String, String> env) {
    String key = orEmpty(env.apply(GEMINI_KEY_VARIABLE));
    if (ref.baseUrl().isEmpty()) {
      if (key.isBlank()) {
        throw new ProviderException("model reference '" + ref + "' needs a Google AI API key in"
            + " the environment variable " + GEMINI_KEY_VARIABLE + ", which is not set");
      }
      URI base = URI.create(GeminiClient.DEFAULT_BASE_URL);
      return GeminiClient.create(configurer.apply(ProviderConfig.of(base, key, ref.model())));
    }
    return GeminiClient.create(configurer.apply(ProviderConfig.of(uri(ref), key, ref.model())));
  }

  private static URI uri(ModelRef ref) {
    try {
      URI uri = new URI(ref.baseUrl());
      if (uri.getHost() == null) {
        throw new ProviderException("bad base URL '" + ref.baseUrl() + "' in model reference '"
            + ref + "': expected http://HOST[:PORT][/PATH]");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new ProviderException("bad base URL '" + ref.baseUrl() + "' in model reference '"
          + ref + "': " + e.getReason() + ", expected http://HOST[:PORT][/PATH]");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.strip();
  }
}
