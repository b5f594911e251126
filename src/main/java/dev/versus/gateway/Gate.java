package dev.versus.gateway;

import dev.versus.core.NanoClock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may call what: the caller's API key (when a keys file is configured), the routes it may
 * call, the backends it may force, and its own rate limit. Thread-safe.
 */
final class Gate {
  /** The header that forces a backend, when the caller's key allows it. */
  static final String FORCE_HEADER = "x-versus-backend";

  private final Optional<ApiKeys> keys;
  private final NanoClock clock;
  private final Map<String, RateLimiter> perKey = new ConcurrentHashMap<>();
  private final Optional<SharedRateLimiter> shared;

  Gate(Optional<ApiKeys> keys, NanoClock clock) {
    this(keys, clock, Optional.empty());
  }

  /** A gate whose per-key rate limits are {@code shared} by all replicas when present. */
  Gate(Optional<ApiKeys> keys, NanoClock clock, Optional<SharedRateLimiter> shared) {
    this.keys = keys;
    this.clock = clock;
    this.shared = shared;
  }

  /** The outcome of authentication: a key (empty for an open gateway) or the error. */
  sealed interface Caller {
    record Known(Optional<ApiKey> key) implements Caller {}

    record Refused(ApiError error) implements Caller {}
  }

  Caller authenticate(Optional<String> authorization) {
    if (keys.isEmpty() || keys.get().isEmpty()) {
      return new Caller.Known(Optional.empty());
    }
    String header = authorization.orElse("").strip();
    if (!header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return new Caller.Refused(unauthorised(
          "missing API key: send 'Authorization: Bearer KEY'"));
    }
    Optional<ApiKey> key = keys.get().authenticate(header.substring(7).strip());
    return key.<Caller>map(k -> new Caller.Known(Optional.of(k)))
        .orElseGet(() -> new Caller.Refused(unauthorised("invalid API key")));
  }

  /** Checks the route, the key's rate limit and a forced backend; empty when all is allowed. */
  Optional<ApiError> authorise(Optional<ApiKey> key, String route, Optional<String> forced,
      Map<String, Backend> backends) {
    if (key.isPresent() && !key.get().allowsRoute(route)) {
      return Optional.of(ApiError.of(403, "permission_error", "route_not_allowed",
          "this API key may not call model '" + route + "'"));
    }
    if (forced.isPresent()) {
      String name = forced.get();
      if (!backends.containsKey(name)) {
        return Optional.of(ApiError.invalid("unknown_backend", "header " + FORCE_HEADER
            + " names backend '" + name + "', which does not exist", FORCE_HEADER));
      }
      if (key.isPresent() && !key.get().allowsBackend(name)) {
        return Optional.of(ApiError.of(403, "permission_error", "backend_not_allowed",
            "this API key may not choose a backend with the " + FORCE_HEADER
                + " header (backend '" + name + "')"));
      }
    }
    if (key.isPresent() && key.get().requestsPerMinute() > 0) {
      Duration wait = shared.isPresent()
          ? shared.get().tryAcquire("key:" + key.get().id() + ":requests",
              key.get().requestsPerMinute(), 1)
          : perKey.computeIfAbsent(key.get().id(),
              id -> new RateLimiter(key.get().requestsPerMinute(), 0, clock)).tryAcquire(0);
      if (!wait.isZero()) {
        return Optional.of(ApiError.rateLimited(
            "this API key is over its limit of " + key.get().requestsPerMinute()
                + " requests per minute", wait));
      }
    }
    return Optional.empty();
  }

  private static ApiError unauthorised(String message) {
    return ApiError.of(401, "invalid_request_error", "invalid_api_key", message);
  }
}
