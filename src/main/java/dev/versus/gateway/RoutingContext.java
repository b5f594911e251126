package dev.versus.gateway;

import java.util.Map;
import java.util.Objects;

/**
 * What a routing policy may look at for one request.
 *
 * @param promptText all message contents joined, for rules
 * @param promptTokens prompt tokens (client tokenizer count)
 * @param language {@code es}, {@code en} or {@code und}
 * @param task the task type from {@link TaskClassifier}
 * @param complexity a score in [0, 1] from {@link TaskClassifier}
 * @param stickyKey the value of the route's sticky header, empty when absent
 * @param backends the live state of every backend, by name
 */
public record RoutingContext(
    String promptText,
    int promptTokens,
    String language,
    String task,
    double complexity,
    String stickyKey,
    Map<String, BackendLoad> backends) {

  public RoutingContext {
    Objects.requireNonNull(promptText, "promptText");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(stickyKey, "stickyKey");
    backends = Map.copyOf(backends);
  }

  /**
   * A backend's load as seen when the request arrived.
   *
   * @param inFlight requests running upstream now
   * @param capacity its concurrency cap, 0 = unlimited
   * @param medianLatencyMillis moving median of recent latencies, -1 when none yet
   * @param available false while its circuit breaker is open
   */
  public record BackendLoad(int inFlight, int capacity, double medianLatencyMillis, boolean available) {
    /** In-flight relative to the cap (or the raw count when uncapped). */
    public double utilisation() {
      return capacity > 0 ? inFlight / (double) capacity : inFlight;
    }
  }
}
