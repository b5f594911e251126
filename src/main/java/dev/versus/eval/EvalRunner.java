package dev.versus.eval;

import dev.versus.core.Message;
import dev.versus.core.NanoClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs every case of every suite on every model, {@code repeats} times, with at most {@code
 * concurrency} calls in flight (one virtual thread per call, admitted by a semaphore), retries,
 * the response cache, scoring and cost; then summarises ({@link EvalReport}).
 *
 * <p>Long-context aggregate cases ({@code role:aggregate}) run after the other cases, with the
 * model's own answers to the group's map cases pasted in place of {@link
 * LongContextSuiteGenerator#CHUNK_ANSWERS}. Map cases are stored but left out of suite scores.
 *
 * <p>One runner may serve several runs, one at a time per call of {@link #run}.
 */
public final class EvalRunner {
  private final EvalSettings settings;
  private final Scorers scorers;
  private final ResponseCache cache;
  private final Map<String, Price> prices;
  private final NanoClock clock;
  private final Pause pause;
  private final Consumer<EvalProgress> progress;

  private EvalRunner(EvalSettings settings, Scorers scorers, ResponseCache cache,
      Map<String, Price> prices, NanoClock clock, Pause pause, Consumer<EvalProgress> progress) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.scorers = Objects.requireNonNull(scorers, "scorers");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.prices = Map.copyOf(prices);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pause = Objects.requireNonNull(pause, "pause");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * A runner on the system clock that sleeps between retries.
   *
   * @param prices price per model key; a model without one has unknown (NaN) cost, never 0
   */
  public static EvalRunner create(EvalSettings settings, Scorers scorers, ResponseCache cache,
      Map<String, Price> prices) {
    return new EvalRunner(settings, scorers, cache, prices, NanoClock.system(), Pause.sleeping(),
        p -> {});
  }

  /** A copy on another clock and pause (tests). */
  public EvalRunner withClock(NanoClock newClock, Pause newPause) {
    return new EvalRunner(settings, scorers, cache, prices, newClock, newPause, progress);
  }

  /** A copy that reports progress after every result (called from many threads). */
  public EvalRunner withProgress(Consumer<EvalProgress> listener) {
    return new EvalRunner(settings, scorers, cache, prices, clock, pause, listener);
  }

  /**
   * Runs the suites and summarises them. {@code sink} receives every result as it finishes (from
   * many threads; it must be thread-safe), e.g. to store it.
   *
   * @throws InterruptedException when interrupted; calls in flight are cancelled
   */
  public EvalReport run(List<EvalModel> models, List<Suite> suites, Consumer<CaseResult> sink)
      throws InterruptedException {
    if (models.isEmpty() || suites.isEmpty()) {
      throw new EvalException("an eval needs at least one model and one suite");
    }
    List<Task> first = new ArrayList<>();
    List<Task> aggregates = new ArrayList<>();
    for (int r = 0; r < settings.repeats(); r++) {
      for (int s = 0; s < suites.size(); s++) {
        Suite suite = suites.get(s);
        for (int c = 0; c < suite.size(); c++) {
          EvalCase evalCase = suite.cases().get(c);
          for (int m = 0; m < models.size(); m++) {
            (ChunkAnswers.isAggregate(evalCase) ? aggregates : first)
                .add(new Task(models.get(m), suite, evalCase, new Key(m, s, c, r)));
          }
        }
      }
    }
    Counters counters = new Counters(first.size() + aggregates.size(), clock.nanoTime());
    Map<Key, CaseResult> results = new ConcurrentHashMap<>();
    ModelCaller caller = new ModelCaller(cache, settings.retry(), clock, pause, settings.seed());
    runAll(first, t -> t.evalCase().renderedMessages(), caller, results, counters, sink);
    runAll(aggregates, t -> ChunkAnswers.fill(t, results), caller, results, counters, sink);
    List<CaseResult> ordered = new ArrayList<>();
    for (int s = 0; s < suites.size(); s++) {
      for (int m = 0; m < models.size(); m++) {
        for (int c = 0; c < suites.get(s).size(); c++) {
          for (int r = 0; r < settings.repeats(); r++) {
            ordered.add(Objects.requireNonNull(results.get(new Key(m, s, c, r)), "missing result"));
          }
        }
      }
    }
    return ReportBuilder.build(models, suites, ordered, settings);
  }

  /** Where a result sits: model, suite, case (indexes into the run's lists) and repeat. */
  record Key(int model, int suite, int caseIndex, int repeat) {}

  /** One call to make. */
  record Task(EvalModel model, Suite suite, EvalCase evalCase, Key key) {
    int repeat() {
      return key.repeat();
    }
  }

  private final class Counters {
    final int total;
    final long startNanos;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger cached = new AtomicInteger();

    Counters(int total, long startNanos) {
      this.total = total;
      this.startNanos = startNanos;
    }

    void record(CaseResult result) {
      errors.addAndGet(result.failed() ? 1 : 0);
      cached.addAndGet(result.cached() ? 1 : 0);
      int n = done.incrementAndGet();
      progress.accept(new EvalProgress(n, total, errors.get(), cached.get(),
          clock.nanoTime() - startNanos));
    }
  }

  private void runAll(List<Task> tasks, Function<Task, List<Message>> messages,
      ModelCaller caller, Map<Key, CaseResult> results, Counters counters,
      Consumer<CaseResult> sink) throws InterruptedException {
    Semaphore permits = new Semaphore(settings.concurrency());
    List<Future<?>> futures = new ArrayList<>(tasks.size());
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      try {
        for (Task task : tasks) {
          permits.acquire();
          futures.add(executor.submit(() -> {
            try {
              CaseResult result = CaseExecution.execute(task, messages.apply(task), caller, scorers,
                  settings.samplingFor(task.repeat()), prices.get(task.model().key()));
              results.put(task.key(), result);
              sink.accept(result);
              counters.record(result);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              permits.release();
            }
            return null;
          }));
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        throw e;
      }
    }
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("an eval task failed unexpectedly: " + e.getCause(),
            e.getCause());
      }
    }
  }
}
