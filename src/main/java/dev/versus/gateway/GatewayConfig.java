package dev.versus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole gateway configuration (DESIGN §8), as read from {@code gateway.yaml} by {@link
 * GatewayConfigReader}. Buildable in code too.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param backends upstream endpoints by name
 * @param routes routes by the model name clients send
 * @param guard the raw {@code guard} section (mapped by the guard package), empty when absent
 * @param logging where and what to log
 * @param keysFile the API keys file, empty for an open gateway (loopback use only)
 * @param maxBodyBytes largest accepted request body
 * @param limits where concurrency caps are kept: in each process, or shared by all replicas
 */
public record GatewayConfig(
    String host,
    int port,
    Map<String, BackendConfig> backends,
    List<RouteConfig> routes,
    Optional<JsonNode> guard,
    LoggingConfig logging,
    Optional<String> keysFile,
    long maxBodyBytes,
    LimitsConfig limits) {

  public GatewayConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(keysFile, "keysFile");
    Objects.requireNonNull(limits, "limits");
    backends = Map.copyOf(backends);
    routes = List.copyOf(routes);
  }

  /** A configuration whose limits hold per process. */
  public GatewayConfig(String host, int port, Map<String, BackendConfig> backends,
      List<RouteConfig> routes, Optional<JsonNode> guard, LoggingConfig logging,
      Optional<String> keysFile, long maxBodyBytes) {
    this(host, port, backends, routes, guard, logging, keysFile, maxBodyBytes, LimitsConfig.local());
  }

  /** The same configuration with other limits settings. */
  public GatewayConfig withLimits(LimitsConfig newLimits) {
    return new GatewayConfig(host, port, backends, routes, guard, logging, keysFile, maxBodyBytes,
        newLimits);
  }

  /** The route for a client's model name. */
  public Optional<RouteConfig> route(String model) {
    return routes.stream().filter(r -> r.model().equals(model)).findFirst();
  }

  /**
   * Central logging settings.
   *
   * @param store a store location ({@code sqlite:PATH} or a JDBC URL), empty = default store
   * @param spool the durable local spool folder
   * @param prompts {@code full}, {@code redacted} or {@code off}
   * @param responses {@code full}, {@code redacted} or {@code off}
   */
  public record LoggingConfig(String store, String spool, String prompts, String responses) {
    public LoggingConfig {
      Objects.requireNonNull(store, "store");
      Objects.requireNonNull(spool, "spool");
      Objects.requireNonNull(prompts, "prompts");
      Objects.requireNonNull(responses, "responses");
    }
  }

  /**
   * Where the backends' concurrency caps live (DESIGN §10).
   *
   * @param shared a {@code jdbc:postgresql://} store location whose database all replicas share, so
   *     that a backend's {@code max-concurrency} holds across them; empty = per process
   * @param lease timing of the shared caps' leases
   */
  public record LimitsConfig(Optional<String> shared, LeaseSettings lease) {
    public LimitsConfig {
      Objects.requireNonNull(shared, "shared");
      Objects.requireNonNull(lease, "lease");
    }

    /** Caps held in each process. */
    public static LimitsConfig local() {
      return new LimitsConfig(Optional.empty(), LeaseSettings.defaults());
    }
  }
}
