package dev.versus.eval;

import dev.versus.core.NanoClock;
import dev.versus.provider.ChatProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The judge models of a run for the {@code llm-judge} scorer: each reference (e.g. {@code
 * sim:gemini-2.5-flash}, {@code openai:gpt-4o@https://...}) opened once through {@code opener}
 * (normally the provider registry), its calls cached in the run's {@link ResponseCache} and
 * retried like model calls. Thread-safe; {@link #close} closes the judge clients.
 */
public final class JudgePanel implements AutoCloseable {
  private final JudgeSettings settings;
  private final Function<String, ChatProvider> opener;
  private final RetryPolicy retry;
  private final long seed;
  private final Map<String, ChatProvider> open = new ConcurrentHashMap<>();

  private JudgePanel(JudgeSettings settings, Function<String, ChatProvider> opener,
      RetryPolicy retry, long seed) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.seed = seed;
  }

  /**
   * A panel; nothing is opened until a judge is needed.
   *
   * @param opener creates a client for a model reference; may throw for a bad one
   * @param retry retries of failed judge calls
   * @param seed seeds the retry jitter
   */
  public static JudgePanel create(JudgeSettings settings, Function<String, ChatProvider> opener,
      RetryPolicy retry, long seed) {
    return new JudgePanel(settings, opener, retry, seed);
  }

  /**
   * The judge to register with {@link Scorers#withJudge}, on the system clock, caching judge
   * replies in {@code cache} (keyed by judge, parameters and prompt; {@link ResponseCache#none()}
   * when loading suites, where only {@link Judge#validate} is used).
   */
  public Judge judge(ResponseCache cache) {
    return new ModelJudge(settings, this::provider,
        new ModelCaller(cache, retry, NanoClock.system(), Pause.sleeping(), seed));
  }

  /** The settings the judges use. */
  public JudgeSettings settings() {
    return settings;
  }

  /**
   * Opens every judge model the {@code llm-judge} cases of {@code suites} name, so that a wrong
   * reference or a missing key fails before any model is called.
   *
   * @return the judge references used, sorted; empty when no case uses {@code llm-judge}
   * @throws EvalException naming the reference and the problem
   */
  public Set<String> open(List<Suite> suites) {
    Set<String> refs = new TreeSet<>();
    for (Suite suite : suites) {
      for (EvalCase c : suite.cases()) {
        if (c.scorer().equals(ModelJudge.SCORER)) {
          refs.add(ModelJudge.judgeOf(c, settings.defaultJudge()));
        }
      }
    }
    refs.forEach(this::open);
    return refs;
  }

  /**
   * Opens the judge model {@code reference} now.
   *
   * @throws EvalException naming the reference and the problem
   */
  public void open(String reference) {
    try {
      provider(reference);
    } catch (RuntimeException e) {
      throw new EvalException("judge model " + reference + ": " + e.getMessage(), e);
    }
  }

  private ChatProvider provider(String ref) {
    return open.computeIfAbsent(ref, opener);
  }

  @Override
  public void close() {
    List<RuntimeException> failures = new ArrayList<>();
    for (ChatProvider p : open.values()) {
      try {
        p.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    open.clear();
    if (!failures.isEmpty()) {
      throw failures.getFirst();
    }
  }
}
