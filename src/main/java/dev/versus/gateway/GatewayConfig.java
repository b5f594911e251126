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
 */
public record GatewayConfig(
    String host,
    int port,
    Map<String, BackendConfig> backends,
    List<RouteConfig> routes,
    Optional<JsonNode> guard,
    LoggingConfig logging,
    Optional<String> keysFile,
    long maxBodyBytes) {

  public GatewayConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(keysFile, "keysFile");
    backends = Map.copyOf(backends);
    routes = List.copyOf(routes);
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
}
