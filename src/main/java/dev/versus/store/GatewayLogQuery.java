package dev.versus.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Which gateway logs {@link GatewayLogs#list} and {@link GatewayLogs#forEach} return, oldest
 * first: {@code GatewayLogQuery.between(from, to).route("chat").limit(1000)}.
 *
 * @param from inclusive start of the arrival-time range
 * @param to exclusive end of the arrival-time range
 * @param route only this route, or {@code ""} for every route
 * @param limit at most this many rows (at least 1)
 */
public record GatewayLogQuery(Instant from, Instant to, String route, int limit) {

  /** The limit of {@link #between}. */
  public static final int DEFAULT_LIMIT = 10_000;

  public GatewayLogQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(route, "route");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
  }

  /** Logs that arrived in {@code [from, to)} on any route, at most {@value #DEFAULT_LIMIT}. */
  public static GatewayLogQuery between(Instant from, Instant to) {
    return new GatewayLogQuery(from, to, "", DEFAULT_LIMIT);
  }

  /** This query narrowed to one route. */
  public GatewayLogQuery route(String routeName) {
    return new GatewayLogQuery(from, to, routeName, limit);
  }

  /** This query with another limit. */
  public GatewayLogQuery limit(int max) {
    return new GatewayLogQuery(from, to, route, max);
  }

  long fromMicros() {
    return Rows.epochMicrosSaturated(from);
  }

  long toMicros() {
    return Rows.epochMicrosSaturated(to);
  }
}
