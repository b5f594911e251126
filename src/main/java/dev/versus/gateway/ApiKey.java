package dev.versus.gateway;

import java.util.List;
import java.util.Objects;

/**
 * One gateway API key as stored in the keys file: never the key itself, only its SHA-256.
 *
 * @param id the key's public id (the part before the secret, e.g. {@code team-a})
 * @param sha256 lower-case hex SHA-256 of the whole key
 * @param routes routes the key may call; {@code ["*"]} for all
 * @param backends backends the key may force with the {@code x-versus-backend} header; empty = none
 * @param requestsPerMinute the key's own rate limit, 0 = none
 * @param admin whether the key may call admin endpoints
 */
public record ApiKey(
    String id, String sha256, List<String> routes, List<String> backends, int requestsPerMinute, boolean admin) {
  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sha256, "sha256");
    routes = List.copyOf(routes);
    backends = List.copyOf(backends);
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
  }

  /** Whether the key may call a route. */
  public boolean allowsRoute(String route) {
    return routes.contains("*") || routes.contains(route);
  }

  /** Whether the key may force a backend by header. */
  public boolean allowsBackend(String backend) {
    return backends.contains("*") || backends.contains(backend);
  }
}
