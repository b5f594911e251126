package dev.versus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The screener of each route: the gateway's guard, or, for a route with its own {@code guard:}
 * block, the gateway's guard with the route's {@code input} and/or {@code output} part in place
 * of the gateway's (a part the route leaves out stays the gateway's).
 */
final class RouteGuards {
  private RouteGuards() {}

  /** The screener for {@code route}; {@code gatewayScreener} when the route sets no guard. */
  static Screener screener(Optional<JsonNode> gatewayGuard, RouteConfig route,
      Screener gatewayScreener) {
    return route.guard()
        .<Screener>map(own -> new GuardScreener(GatewayServer.createGuard(merged(gatewayGuard, own))))
        .orElse(gatewayScreener);
  }

  /** The gateway's guard block with the route's parts replacing the gateway's. */
  static JsonNode merged(Optional<JsonNode> gatewayGuard, JsonNode routeGuard) {
    ObjectNode merged = gatewayGuard.filter(JsonNode::isObject)
        .map(g -> (ObjectNode) g.deepCopy())
        .orElseGet(OpenAiBodies::object);
    routeGuard.properties().forEach(part -> merged.set(part.getKey(), part.getValue().deepCopy()));
    return merged;
  }
}
