package dev.versus.gateway;

import java.util.Objects;

/** A route at run time: its configuration and its policy instance. */
record Route(RouteConfig config, RoutingPolicy policy) {
  Route {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(policy, "policy");
  }

  String name() {
    return config.model();
  }
}
