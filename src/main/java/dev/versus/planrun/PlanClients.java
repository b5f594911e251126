package dev.versus.planrun;

import dev.versus.plan.ModelSpec;
import dev.versus.provider.ChatProvider;

/** How a plan run reaches its models; the command line wires the registry and the simulator. */
public interface PlanClients {

  /** A new client for the model; the plan run closes it. */
  ChatProvider create(ModelSpec model);

  /**
   * A new client for the quality part, which may run while the performance part loads the model:
   * by default the same as {@link #create}; for a simulated model, a client of a server instance
   * of its own, so the load sweep neither queues nor crashes the quality calls.
   */
  default ChatProvider createForQuality(ModelSpec model) {
    return create(model);
  }

  /**
   * A new client for a judge model reference that is none of the plan's models (an API key from
   * the environment); the plan run closes it.
   *
   * @throws RuntimeException with a message naming the problem when it cannot be opened
   */
  ChatProvider createJudge(String reference);

  /** The model server's Prometheus endpoint to scrape during each level, or {@code ""} for none. */
  String metricsUrl(ModelSpec model);
}
