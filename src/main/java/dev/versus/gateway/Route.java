package dev.versus.gateway;

import java.util.Objects;

/** A route at run time: its configuration, its policy instance and its guard. */
record Route(RouteConfig config, RoutingPolicy policy, Screener screener) {
  Route {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(screener, "screener");
  }

  String name() {
    return config.model();
  }
}
