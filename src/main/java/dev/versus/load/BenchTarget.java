package dev.versus.load;

import java.util.Objects;

/**
 * A model of a bench run with what the run needs to know about it besides its client.
 *
 * @param target the model key and its client (the key is what records and summaries name)
 * @param reference the model reference as given, e.g. {@code sim:llama-4-maverick}
 * @param simulated whether the model is the built-in simulator
 * @param metricsUrl a Prometheus endpoint of the model's server to scrape during each level, {@code
 *     ""} for none
 */
public record BenchTarget(Target target, String reference, boolean simulated, String metricsUrl) {
  public BenchTarget {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(metricsUrl, "metricsUrl");
  }

  /** The model key. */
  public String key() {
    return target.modelKey();
  }
}
