package dev.versus.planrun;

import dev.versus.plan.ModelSpec;
import dev.versus.provider.ChatProvider;

/** How a plan run reaches its models; the command line wires the registry and the simulator. */
public interface PlanClients {

  /** A new client for the model; the plan run closes it. */
  ChatProvider create(ModelSpec model);

  /** The model server's Prometheus endpoint to scrape during each level, or {@code ""} for none. */
  String metricsUrl(ModelSpec model);
}
