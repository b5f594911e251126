package dev.versus.gateway;

import dev.versus.core.NanoClock;
import dev.versus.guard.Guard;
import dev.versus.guard.GuardConfig;
import dev.versus.guard.RedactKind;
import dev.versus.guard.Redactor;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.gemini.GeminiClient;
import dev.versus.provider.openai.OpenAiClient;
import dev.versus.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The production gateway (DESIGN §8): an OpenAI-compatible server ({@code POST
 * /v1/chat/completions} streaming and not, {@code GET /v1/models}, {@code /health}, {@code
 * /ready}, Prometheus {@code /metrics}) in front of OpenAI-compatible and Gemini backends, with
 * routing, per-backend limits, retries and fallbacks, API keys, the guard and central logging of
 * every interaction. Runs on Helidon SE; each request on its own virtual thread.
 *
 * <p>Owns the providers it is given and closes them on {@link #close()}; does not close the
 * interaction log (its owner does, after the server).
 */
public final class GatewayServer implements AutoCloseable {
  private static final long POLICY_SEED = 0x5eed_9a7e_11aeL;

  private final HelidonServer http;
  private final Map<String, Backend> backends;
  private final String host;
  private final Optional<SharedLimits> sharedLimits;

  private GatewayServer(HelidonServer http, Map<String, Backend> backends, String host,
      Optional<SharedLimits> sharedLimits) {
    this.http = http;
    this.backends = backends;
    this.host = host;
    this.sharedLimits = sharedLimits;
  }

  /**
   * Starts serving {@code config} on its host and port.
   *
   * @param providers one client per backend name in {@code config.backends()} (see {@link
   *     #providers(GatewayConfig)})
   * @param log where every interaction goes
   * @param clock the monotonic clock for limits, timings and breakers (wall time comes from the
   *     system UTC clock)
   * @throws IllegalArgumentException when a backend has no provider
   */
  public static GatewayServer start(GatewayConfig config, Map<String, ChatProvider> providers,
      InteractionLog log, NanoClock clock) {
    Screener screener = config.guard()
        .<Screener>map(node -> new GuardScreener(createGuard(node)))
        .orElseGet(Screener::none);
    return start(config, providers, log, clock, screener);
  }

  /** The guard a {@code guard:} block describes; an unusable one (e.g. a bad classifier file) is a config error. */
  static Guard createGuard(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return Guard.create(guardConfig(node));
    } catch (dev.versus.guard.GuardException e) {
      throw new dev.versus.core.ConfigException("guard: " + e.getMessage(), e);
    }
  }

  /**
   * The guard configuration the gateway runs. On the request path the embedding-similarity layer
   * costs about 7.5 ms of CPU per prompt against 0.17 ms for all the other layers together
   * (measured here with the packaged MiniLM), which would cap a 2-core gateway near 250 requests/s;
   * so unless {@code guard.input.layers} names it explicitly, the gateway screens prompts without
   * it; the same holds for the directive layer (embeddings of a tool message's sentences). The
   * document classifier (a few microseconds per kilobyte) stays. {@code versus guard test} and eval
   * keep every layer.
   */
  static GuardConfig guardConfig(com.fasterxml.jackson.databind.JsonNode node) {
    GuardConfig configured = GuardConfig.fromNode(node, "guard");
    if (node.path("input").has("layers")) {
      return configured;
    }
    java.util.EnumSet<dev.versus.guard.Layer> layers =
        java.util.EnumSet.noneOf(dev.versus.guard.Layer.class);
    layers.addAll(configured.input().layers());
    layers.remove(dev.versus.guard.Layer.SIMILARITY);
    layers.remove(dev.versus.guard.Layer.DIRECTIVE);
    return new GuardConfig(
        configured.input().withLayers(layers),
        configured.output(),
        configured.embeddingModel(),
        configured.documentClassifier());
  }

  static GatewayServer start(GatewayConfig config, Map<String, ChatProvider> providers,
      InteractionLog log, NanoClock clock, Screener screener) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(clock, "clock");
    for (BackendConfig backend : config.backends().values()) {
      if (!providers.containsKey(backend.name())) {
        throw new IllegalArgumentException("no provider given for backend '" + backend.name() + "'");
      }
    }
    Optional<SharedLimits> shared = config.limits().shared().map(url ->
        SharedLimits.open(StoreLocation.parse(url), config.limits().lease(), Clock.systemUTC()));
    try {
      return start(config, providers, log, clock, screener, shared);
    } catch (RuntimeException e) {
      shared.ifPresent(SharedLimits::close);
      throw e;
    }
  }

  private static GatewayServer start(GatewayConfig config, Map<String, ChatProvider> providers,
      InteractionLog log, NanoClock clock, Screener screener, Optional<SharedLimits> shared) {
    Map<String, Backend> backends = new LinkedHashMap<>();
    long seed = POLICY_SEED;
    for (BackendConfig backend : config.backends().values()) {
      ConcurrencyLimiter limiter = shared.isPresent() ? shared.get().limiter(backend)
          : ConcurrencyLimiter.local(backend.maxConcurrency(), backend.queue(), backend.queueTimeout());
      BackendRate rate = shared.isPresent() ? shared.get().rate(backend)
          : new RateLimiter(backend.requestsPerMinute(), backend.tokensPerMinute(), clock)::tryAcquire;
      backends.put(backend.name(),
          new Backend(backend, providers.get(backend.name()), limiter, rate, clock, seed++));
    }
    Map<String, Route> routes = new HashMap<>();
    for (RouteConfig route : config.routes()) {
      routes.put(route.model(), new Route(route, RoutingPolicy.of(route, seed++),
          RouteGuards.screener(config.guard(), route, screener)));
    }
    Optional<ApiKeys> keys = config.keysFile().map(file -> ApiKeys.read(Path.of(file)));
    LogContent content = new LogContent(
        config.logging().prompts(), config.logging().responses(),
        text -> Redactor.redact(text, EnumSet.allOf(RedactKind.class)).text());
    Gate gate = new Gate(keys, clock, shared.map(SharedLimits::rateLimiter));
    Gateway gateway = new Gateway(config, backends, routes, gate, screener,
        content, log, clock, Clock.systemUTC());
    HelidonServer http = HelidonServer.start(config.host(), config.port(), gateway::handle);
    return new GatewayServer(http, backends, config.host(), shared);
  }

  /**
   * Creates one real client per backend: OpenAI-compatible or Gemini, with the backend's
   * first-byte timeout as the read timeout (longest silence) and its timeout as the total bound.
   */
  public static Map<String, ChatProvider> providers(GatewayConfig config) {
    Map<String, ChatProvider> providers = new LinkedHashMap<>();
    for (BackendConfig b : config.backends().values()) {
      ProviderConfig pc = ProviderConfig.of(b.baseUrl(), b.apiKey(), b.model())
          .withTimeouts(ProviderConfig.DEFAULT_CONNECT_TIMEOUT, b.firstByteTimeout(), b.timeout());
      providers.put(b.name(), b.provider().equals("gemini")
          ? GeminiClient.create(pc) : OpenAiClient.create(pc));
    }
    return providers;
  }

  /** The bound port (the real one when configured as 0). */
  public int port() {
    return http.port();
  }

  /** The listen address as {@code http://host:port}. */
  public String address() {
    String literal = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + literal + ":" + port();
  }

  /** Stops listening, closes the backends' clients and gives back this replica's shared slots. */
  @Override
  public void close() {
    try {
      http.close();
    } finally {
      try {
        backends.values().forEach(Backend::close);
      } finally {
        sharedLimits.ifPresent(SharedLimits::close);
      }
    }
  }
}
