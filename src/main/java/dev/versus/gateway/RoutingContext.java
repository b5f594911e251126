package dev.versus.gateway;

import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What a routing policy may look at for one request. The prompt's traits (language, task type,
 * complexity) and the backends' loads are computed on first use, since most policies read neither
 * (a split or single route needs none of them) and they cost more than the routing itself.
 */
public final class RoutingContext {
  private final String promptText;
  private final IntSupplier promptTokens;
  private final String stickyKey;
  private final Supplier<Traits> traits;
  private final Supplier<Map<String, BackendLoad>> backends;

  /** The prompt's traits, computed together. */
  private record Traits(String language, String task, double complexity) {
    Traits {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(task, "task");
    }
  }

  /**
   * A context with every value given.
   *
   * @param promptText all message contents joined, for rules
   * @param promptTokens prompt tokens (client tokenizer count)
   * @param language {@code es}, {@code en} or {@code und}
   * @param task the task type from {@link TaskClassifier}
   * @param complexity a score in [0, 1] from {@link TaskClassifier}
   * @param stickyKey the value of the route's sticky header, empty when absent
   * @param backends the live state of every backend, by name
   */
  public RoutingContext(String promptText, int promptTokens, String language, String task,
      double complexity, String stickyKey, Map<String, BackendLoad> backends) {
    this(promptText, () -> promptTokens, stickyKey, () -> new Traits(language, task, complexity),
        Map.copyOf(backends));
  }

  private RoutingContext(String promptText, IntSupplier promptTokens, String stickyKey,
      Supplier<Traits> traits, Map<String, BackendLoad> backends) {
    this(promptText, promptTokens, stickyKey, memo(traits), () -> backends);
  }

  private RoutingContext(String promptText, IntSupplier promptTokens, String stickyKey,
      Supplier<Traits> traits, Supplier<Map<String, BackendLoad>> backends) {
    this.promptText = Objects.requireNonNull(promptText, "promptText");
    this.promptTokens = Objects.requireNonNull(promptTokens, "promptTokens");
    this.stickyKey = Objects.requireNonNull(stickyKey, "stickyKey");
    this.traits = traits;
    this.backends = backends;
  }

  /**
   * A context whose traits ({@link TaskClassifier}, language detection) and backend loads are
   * computed from the prompt and {@code loads} on first use, at most once; {@code promptTokens}
   * is read only when a rule or the complexity trait needs it (pass a {@link LazyCount}).
   */
  static RoutingContext lazy(String promptText, IntSupplier promptTokens, String stickyKey,
      Supplier<String> language, Supplier<Map<String, BackendLoad>> loads) {
    return new RoutingContext(promptText, promptTokens, stickyKey,
        memo(() -> new Traits(language.get(), TaskClassifier.task(promptText),
            TaskClassifier.complexity(promptText, promptTokens.getAsInt()))),
        memo(() -> Map.copyOf(loads.get())));
  }

  /** All message contents joined, for rules. */
  public String promptText() {
    return promptText;
  }

  /** Prompt tokens (client tokenizer count). */
  public int promptTokens() {
    return promptTokens.getAsInt();
  }

  /** {@code es}, {@code en} or {@code und}. */
  public String language() {
    return traits.get().language();
  }

  /** The task type from {@link TaskClassifier}. */
  public String task() {
    return traits.get().task();
  }

  /** A score in [0, 1] from {@link TaskClassifier}. */
  public double complexity() {
    return traits.get().complexity();
  }

  /** The value of the route's sticky header, empty when absent. */
  public String stickyKey() {
    return stickyKey;
  }

  /** The live state of every backend, by name, as first read for this request. */
  public Map<String, BackendLoad> backends() {
    return backends.get();
  }

  /** {@code supplier}, evaluated once, on the first call; one request's thread uses it. */
  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = Objects.requireNonNull(supplier.get());
        }
        return value;
      }
    };
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
