package dev.versus.gateway;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link Replayer} replays and how it scores.
 *
 * @param from inclusive start of the logged arrival times
 * @param to exclusive end of the logged arrival times
 * @param route the gateway route whose traffic is replayed
 * @param candidate the candidate model reference, e.g. {@code sim:llama-4-maverick}
 * @param limit at most this many logged requests
 * @param concurrency candidate calls in flight at once
 * @param agreementThreshold token F1 against the logged response at or above which the candidate
 *     "agrees" with production (0..1)
 * @param language the prompts' language for token normalisation ({@code en}, {@code es})
 * @param inputPerMillion candidate price in USD per million input tokens, {@code NaN} if unknown
 * @param outputPerMillion candidate price in USD per million output tokens, {@code NaN} if
 *     unknown
 * @param title the run's title
 * @param seed seed for the bootstrap interval
 */
public record ReplaySettings(
    Instant from,
    Instant to,
    String route,
    String candidate,
    int limit,
    int concurrency,
    double agreementThreshold,
    String language,
    double inputPerMillion,
    double outputPerMillion,
    String title,
    long seed) {

  public ReplaySettings {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the replay window is empty: until (" + to
          + ") must be after since (" + from + ")");
    }
    if (route.isBlank()) {
      throw new IllegalArgumentException("a route is required");
    }
    if (limit < 1 || concurrency < 1) {
      throw new IllegalArgumentException("limit and concurrency must be >= 1, got " + limit
          + " and " + concurrency);
    }
    if (!(agreementThreshold >= 0 && agreementThreshold <= 1)) {
      throw new IllegalArgumentException("the agreement threshold must be in 0..1, got "
          + agreementThreshold);
    }
    if (!Double.isNaN(inputPerMillion) && inputPerMillion < 0
        || !Double.isNaN(outputPerMillion) && outputPerMillion < 0) {
      throw new IllegalArgumentException("prices must not be negative");
    }
  }

  /** Whether a candidate price was given. */
  public boolean priced() {
    return !Double.isNaN(inputPerMillion) && !Double.isNaN(outputPerMillion);
  }
}
